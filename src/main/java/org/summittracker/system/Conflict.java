package org.summittracker.system;

import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.persistence.Entity;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.BeanWrapperImpl;
import org.springframework.beans.PropertyAccessor;
import org.springframework.beans.PropertyAccessorFactory;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.annotation.MergedAnnotations.SearchStrategy;
import org.springframework.ui.Model;
import org.springframework.context.MessageSource;

/**
 * A stale edit: someone saved the record after this editor opened the form. The conflict
 * page shows, field by field, the saved value next to the editor's input, and lets the
 * editor re-apply their input on top of the saved version (the hidden fields carry it) or
 * drop it. Nothing is overwritten silently.
 *
 * @param action where the re-apply form posts
 * @param editUrl the edit form for the saved version
 * @param currentVersion the version now saved; re-applying sends it
 * @param fields every field of the form, saved value next to the editor's input
 */
public record Conflict(String action, String editUrl, long currentVersion, List<Field> fields) {

	/**
	 * One form field: its saved value and the editor's input, as they read and as the
	 * form sends them.
	 */
	public record Field(String name, String label, String theirs, String yours, List<String> yourValues) {

		public boolean differs() {
			return !this.theirs.equals(this.yours);
		}

	}

	/**
	 * Compares two form objects of the same type property by property.
	 * @param labelPrefix message key prefix for field labels ({@code summit.form.} +
	 * field name)
	 * @param choices for reference fields, value to label (e.g. nation id to its name); a
	 * field typed as the record (an entity) is compared and sent by the record's id
	 */
	public static Conflict of(String action, String editUrl, long currentVersion, Object saved, Object submitted,
			String labelPrefix, Map<String, Map<String, String>> choices, MessageSource messages, Locale locale) {
		PropertyAccessor theirs = PropertyAccessorFactory.forDirectFieldAccess(saved);
		PropertyAccessor yours = PropertyAccessorFactory.forDirectFieldAccess(submitted);
		List<Field> fields = new ArrayList<>();
		for (java.lang.reflect.Field field : saved.getClass().getDeclaredFields()) {
			String name = field.getName();
			if (Modifier.isStatic(field.getModifiers()) || name.equals("version")) {
				continue;
			}
			Map<String, String> labels = choices.getOrDefault(name, Map.of());
			Object yourValue = yours.getPropertyValue(name);
			fields.add(new Field(name, messages.getMessage(labelPrefix + name, null, name, locale),
					display(theirs.getPropertyValue(name), labels, messages, locale),
					display(yourValue, labels, messages, locale), raw(yourValue)));
		}
		return new Conflict(action, editUrl, currentVersion, fields);
	}

	/**
	 * The conflict of a stale edit of the record at {@code recordUrl}: re-applying posts
	 * there, and its edit form is {@code recordUrl/edit}.
	 * @param saved the form filled from the saved record
	 * @param version the version a form was filled from
	 * @param submitted the editor's input
	 */
	public static <F> Conflict ofEdit(String recordUrl, F saved, F submitted, String labelPrefix,
			Map<String, Map<String, String>> choices, MessageSource messages, Locale locale) {
		Object version = PropertyAccessorFactory.forDirectFieldAccess(saved).getPropertyValue("version");
		return of(recordUrl, recordUrl + "/edit", (version != null) ? (Long) version : -1, saved, submitted,
				labelPrefix, choices, messages, locale);
	}

	/** The page that compares a stale edit with the saved record. */
	public static final String VIEW = "admin/conflict";

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

	private static String display(Object value, Map<String, String> labels, MessageSource messages, Locale locale) {
		if (value == null) {
			return "";
		}
		if (value instanceof Collection<?> values) {
			List<String> shown = new ArrayList<>();
			values.forEach((v) -> shown.add(display(v, labels, messages, locale)));
			return String.join(", ", shown);
		}
		if (value instanceof Enum<?> constant) {
			return messages.getMessage("enum." + constant.getDeclaringClass().getSimpleName() + "." + constant.name(),
					null, constant.name(), locale);
		}
		if (value instanceof Boolean flag) {
			return messages.getMessage(flag ? "form.yes" : "form.no", null, String.valueOf(flag), locale);
		}
		String text = text(value);
		return labels.getOrDefault(text, isRecord(value) ? String.valueOf(value) : text);
	}

	/**
	 * Whether a value is a record (an entity, or a proxy of one), which a form sends as
	 * its id.
	 */
	private static boolean isRecord(Object value) {
		return MergedAnnotations.from(value.getClass(), SearchStrategy.TYPE_HIERARCHY).isPresent(Entity.class);
	}

	/** Choices for the conflict page, from the options a form offers. */
	public static Map<String, String> labels(List<Option> options) {
		Map<String, String> labels = new LinkedHashMap<>();
		options.forEach((o) -> labels.put(String.valueOf(o.id()), o.label()));
		return labels;
	}

}
