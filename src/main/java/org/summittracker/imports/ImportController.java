package org.summittracker.imports;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.validation.Valid;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.summittracker.system.RecordNotFoundException;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * CSV import for editors, in two steps: upload or paste a file and see every row checked
 * (nothing written), then import the same text, checked again and written in one
 * transaction, and land on the page that shows the rows.
 */
@Controller
record ImportController(Importing importing, MessageSource messages) {

	static final String VIEW = "admin/imports/index";

	private static final CSVFormat TEMPLATE_FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();

	@GetMapping("/admin/imports")
	String start(@RequestParam(name = "kind", required = false) ImportKind kind, Model model) {
		ImportForm form = new ImportForm();
		form.setKind((kind != null) ? kind : ImportKind.ATTENDANCE);
		model.addAttribute("importForm", form);
		return show(model, null, null);
	}

	@PostMapping("/admin/imports/preview")
	String preview(@Valid @ModelAttribute("importForm") ImportForm form, BindingResult result,
			@RequestParam(name = "upload", required = false) Optional<MultipartFile> upload, Model model,
			Locale locale) {
		upload.filter((file) -> !file.isEmpty()).ifPresent((file) -> readUpload(file, form, result));
		checkSize(form, result);
		if (result.hasErrors()) {
			return show(model, null, locale);
		}
		return show(model, this.importing.preview(form.getKind(), form.getCsv()), locale);
	}

	@PostMapping("/admin/imports")
	String importRows(@Valid @ModelAttribute("importForm") ImportForm form, BindingResult result, Model model,
			RedirectAttributes redirect, Locale locale) {
		checkSize(form, result);
		if (result.hasErrors()) {
			return show(model, null, locale);
		}
		Preview preview;
		try {
			preview = this.importing.importAll(form.getKind(), form.getCsv());
		}
		catch (ImportRefusedException ex) {
			result.reject("imports.refused", new Object[] { ex.getLine(), constraintMessage(ex.getConstraint()) },
					null);
			return show(model, this.importing.preview(form.getKind(), form.getCsv()), locale);
		}
		catch (DataIntegrityViolationException ex) {
			result.reject("imports.refused.file", new Object[] { constraintMessage(null) }, null);
			return show(model, this.importing.preview(form.getKind(), form.getCsv()), locale);
		}
		if (!preview.isImportable()) {
			// the data changed since the preview, or the text did: nothing was written
			result.reject("imports.notImported");
			return show(model, preview, locale);
		}
		redirect.addFlashAttribute("flashMessage", "imports.done");
		redirect.addFlashAttribute("flashArgument", preview.rows().size());
		return "redirect:" + preview.target();
	}

	/** A header row and example rows to fill in, as a CSV file. */
	@GetMapping("/admin/imports/templates/{name}")
	ResponseEntity<String> template(@PathVariable String name) {
		ImportKind kind = Arrays.stream(ImportKind.values())
			.filter((k) -> k.layout().templateName().equals(name))
			.findFirst()
			.orElseThrow(() -> new RecordNotFoundException("import template", name));
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(csv(kind));
	}

	/**
	 * The file replaces any pasted text; it must be UTF-8 (what spreadsheets call "CSV
	 * UTF-8").
	 */
	private static void readUpload(MultipartFile file, ImportForm form, BindingResult result) {
		try {
			int limit = (form.getKind() != null) ? form.getKind().layout().maxBytes() : ImportForm.MAX_LENGTH;
			if (file.getSize() > limit) {
				result.rejectValue("csv", "imports.csv.tooLarge", new Object[] { limit }, null);
				return;
			}
			String text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(file.getBytes()))
				.toString();
			if (text.indexOf('\0') >= 0) {
				// a NUL byte: a binary file, and nothing PostgreSQL could store
				result.rejectValue("csv", "imports.csv.encoding");
				return;
			}
			form.setCsv(text);
		}
		catch (CharacterCodingException ex) {
			result.rejectValue("csv", "imports.csv.encoding");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Pasted or uploaded, the text may be as large as its kind allows. */
	private static void checkSize(ImportForm form, BindingResult result) {
		if (form.getKind() != null && form.getCsv() != null && !result.hasFieldErrors("csv")
				&& form.getCsv().getBytes(StandardCharsets.UTF_8).length > form.getKind().layout().maxBytes()) {
			result.rejectValue("csv", "imports.csv.tooLarge", new Object[] { form.getKind().layout().maxBytes() },
					null);
		}
	}

	private String show(Model model, Preview preview, Locale locale) {
		model.addAttribute("kinds", ImportKind.values());
		model.addAttribute("examples", examples());
		model.addAttribute("preview", preview);
		if (preview != null) {
			model.addAttribute("fileProblems", preview.problems().stream().map((p) -> text(p, locale)).toList());
			model.addAttribute("rows", preview.rows()
				.stream()
				.map((row) -> new RowView(row.line(), row.values(),
						row.problems().stream().map((p) -> new Reason(p.column(), text(p.message(), locale))).toList()))
				.toList());
		}
		return VIEW;
	}

	private String text(MessageSourceResolvable message, Locale locale) {
		return this.messages.getMessage(message, locale);
	}

	private static MessageSourceResolvable constraintMessage(String constraint) {
		return (constraint != null)
				? new DefaultMessageSourceResolvable(new String[] { "constraint." + constraint, "constraint.unknown" })
				: new DefaultMessageSourceResolvable("constraint.unknown");
	}

	private static Map<ImportKind, String> examples() {
		Map<ImportKind, String> examples = new LinkedHashMap<>();
		for (ImportKind kind : ImportKind.values()) {
			examples.put(kind, csv(kind));
		}
		return examples;
	}

	private static String csv(ImportKind kind) {
		StringWriter out = new StringWriter();
		try (CSVPrinter printer = new CSVPrinter(out, TEMPLATE_FORMAT)) {
			printer.printRecord(kind.layout().columnNames());
			printer.printRecords(kind.layout().example());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	/** A previewed row as the page shows it. */
	record RowView(int line, List<String> values, List<Reason> reasons) {

		public boolean isBad() {
			return !this.reasons.isEmpty();
		}

	}

	/**
	 * Why a row cannot be imported, and the column to fix (none when the whole row is at
	 * fault).
	 */
	record Reason(String column, String text) {

	}

}
