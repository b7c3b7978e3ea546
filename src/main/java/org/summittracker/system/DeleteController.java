package org.summittracker.system;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Every admin delete, said once: {@code /admin/nations/12/delete} asks first, listing
 * what would go with the record and what blocks its deletion, and its POST deletes, or
 * comes back to that page when the database refuses because something still refers to the
 * record. The record kind's editing service ({@link RecordEditing}) finds the record and
 * says how it is named and where to go after. A kind whose delete differs (an attendance
 * row deleted in place on the summit page) has its own handler at the same address, which
 * is more specific and wins.
 */
@Controller
class DeleteController {

	/** Each kind's editing service by its admin address: {@code /admin/nations}. */
	private final Map<String, RecordEditing<?, ?, ?>> editing;

	DeleteController(List<RecordEditing<?, ?, ?>> editing) {
		this.editing = editing.stream().collect(Collectors.toMap(RecordEditing::adminUrl, Function.identity()));
	}

	@GetMapping("/admin/{records}/{id}/delete")
	String confirmDelete(@PathVariable String records, @PathVariable Long id, Model model) {
		RecordEditing<?, ?, ?> editing = editing(records);
		RecordEditing.Shown shown = editing.shown(id);
		return DeletePage.confirm(model, shown.label(), editing.references(id), editing.deleteUrl(id), shown.url());
	}

	@PostMapping("/admin/{records}/{id}/delete")
	String delete(@PathVariable String records, @PathVariable Long id, RedirectAttributes redirect) {
		RecordEditing<?, ?, ?> editing = editing(records);
		RecordEditing.Shown shown = editing.shown(id);
		return DeletePage.tryDelete(redirect, shown.label(), editing.deleteUrl(id), shown.listUrl(),
				() -> editing.delete(id));
	}

	private RecordEditing<?, ?, ?> editing(String records) {
		RecordEditing<?, ?, ?> found = this.editing.get("/admin/" + records);
		if (found == null) {
			throw new RecordNotFoundException("page", records);
		}
		return found;
	}

}
