package org.summittracker.system;

import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.Entity;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.BeanWrapperImpl;
import org.springframework.beans.PropertyAccessor;
import org.springframework.beans.PropertyAccessorFactory;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.annotation.MergedAnnotations.SearchStrategy;
import org.springframework.ui.Model;

/**
 * A stale edit: someone saved the record after this editor opened the form. The conflict
 * page shows, field by field, the saved value next to the editor's input, and lets the
 * editor re-apply their input on top of the saved version (the hidden fields carry it) or
 * drop it. Nothing is overwritten silently. Labels and values are messages the page
 * resolves in the reader's language, as it does a form's field errors.
 *
 * @param action where the re-apply form posts
 * @param editUrl the edit form for the saved version
 * @param currentVersion the version now saved; re-applying sends it
 * @param fields every field of the form, saved value next to the editor's input
 */
public record Conflict(String action, String editUrl, long currentVersion, List<Field> fields) {

	/** The page that compares a stale edit with the saved record. */
	public static final String VIEW = "admin/conflict";

	/**
	 * One form field: its label, its saved value and the editor's input as they read, and
	 * the editor's input as the form sends it.
	 */
	public record Field(String name, MessageSourceResolvable label, MessageSourceResolvable theirs,
			MessageSourceResolvable yours, List<String> yourValues) {

		public boolean differs() {
			return !this.theirs.equals(this.yours);
		}

	}

	/**
	 * The conflict of a stale edit of the record at {@code recordUrl}: re-applying posts
	 * there, and its edit form is {@code recordUrl/edit}.
	 * @param saved the form filled from the saved record
	 * @param submitted the editor's input
	 * @param labelPrefix message key prefix for field labels ({@code summit.form.} +
	 * field name)
	 */
	public static <F> Conflict ofEdit(String recordUrl, F saved, F submitted, String labelPrefix) {
		return ofEdit(recordUrl, saved, submitted, labelPrefix, Map.of());
	}

	/**
	 * As {@link #ofEdit(String, Object, Object, String)}, with labels for the values of
	 * reference fields.
	 * @param choices for reference fields, value to label (e.g. nation id to its name); a
	 * field typed as the record (an entity) is compared and sent by the record's id
	 */
	public static <F> Conflict ofEdit(String recordUrl, F saved, F submitted, String labelPrefix,
			Map<String, Map<String, String>> choices) {
		PropertyAccessor theirs = PropertyAccessorFactory.forDirectFieldAccess(saved);
		PropertyAccessor yours = PropertyAccessorFactory.forDirectFieldAccess(submitted);
		List<Field> fields = new ArrayList<>();
		// the form's own fields first, then those of the form it extends
		for (Class<?> type = saved.getClass(); type != Object.class; type = type.getSuperclass()) {
			for (java.lang.reflect.Field field : type.getDeclaredFields()) {
				String name = field.getName();
				if (Modifier.isStatic(field.getModifiers()) || name.equals("version")) {
					continue;
				}
				Map<String, String> labels = choices.getOrDefault(name, Map.of());
				Object yourValue = yours.getPropertyValue(name);
				fields.add(new Field(name, message(labelPrefix + name, name),
						display(theirs.getPropertyValue(name), labels), display(yourValue, labels), raw(yourValue)));
			}
		}
		Object version = theirs.getPropertyValue("version");
		return new Conflict(recordUrl, recordUrl + "/edit", (version != null) ? (Long) version : -1, fields);
	}

	/**
	 * Answers a stale edit: 409 and the page that puts the saved record next to the
	 * editor's input.
	 */
	public String show(Model model, HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_CONFLICT);
		model.addAttribute("conflict", this);
		return VIEW;
	}

	public boolean anyDifference() {
		return this.fields.stream().anyMatch(Field::differs);
	}

	/** Choices for the conflict page, from the options a form offers. */
	public static Map<String, String> labels(List<Option> options) {
		Map<String, String> labels = new LinkedHashMap<>();
		options.forEach((o) -> labels.put(String.valueOf(o.id()), o.label()));
		return labels;
	}

	private static List<String> raw(Object value) {
		if (value == null) {
			return List.of();
		}
		if (value instanceof Collection<?> values) {
			return values.stream().map(Conflict::text).toList();
		}
		return List.of(text(value));
	}

	private static String text(Object value) {
		if (isRecord(value)) {
			// a record chosen in a reference field reads as the form posts it: its id
			return String.valueOf(new BeanWrapperImpl(value).getPropertyValue("id"));
		}
		if (value instanceof Enum<?> constant) {
			return constant.name();
		}
		if (value instanceof LocalDate date) {
			return date.toString();
		}
		return String.valueOf(value);
	}

	/** How a value reads: an enum or a yes/no by its message, a record by its name. */
	private static MessageSourceResolvable display(Object value, Map<String, String> labels) {
		if (value == null) {
			return message(null, "");
		}
		if (value instanceof Enum<?> constant) {
			return message("enum." + constant.getDeclaringClass().getSimpleName() + "." + constant.name(),
					constant.name());
		}
		if (value instanceof Boolean flag) {
			return message(flag ? "form.yes" : "form.no", String.valueOf(flag));
		}
		String text = text(value);
		return message(null, labels.getOrDefault(text, isRecord(value) ? String.valueOf(value) : text));
	}

	/** The message {@code code}, or {@code text} as it is without one. */
	private static MessageSourceResolvable message(String code, String text) {
		return new DefaultMessageSourceResolvable((code != null) ? new String[] { code } : null, text);
	}

	/**
	 * Whether a value is a record (an entity, or a proxy of one), which a form sends as
	 * its id.
	 */
	private static boolean isRecord(Object value) {
		return MergedAnnotations.from(value.getClass(), SearchStrategy.TYPE_HIERARCHY).isPresent(Entity.class);
	}

}
