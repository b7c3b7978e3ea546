package org.summittracker.system;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;

import org.springframework.beans.BeanWrapper;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.beans.PropertyAccessor;
import org.springframework.beans.PropertyAccessorFactory;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.util.ClassUtils;
import org.springframework.validation.DataBinder;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * How every record form and import binds. A form object is a plain holder of what was
 * typed: its public fields are bound and read directly (no getters and setters to keep in
 * step), here and in the page that shows it. Input is trimmed once: a typed value loses
 * its surrounding spaces, and a field left blank binds as null ("no value"), so no
 * service has to tell blank from empty. Account forms are left out: a password keeps
 * every character typed.
 */
@ControllerAdvice(
		basePackages = { "org.summittracker.nation", "org.summittracker.organization", "org.summittracker.person",
				"org.summittracker.summit", "org.summittracker.source", "org.summittracker.imports" })
public class FormBinding {

	/**
	 * Form objects only: a form bound through its constructor has no target yet, only a
	 * target type; a request parameter ({@code ?q=}) has neither and keeps its default.
	 */
	@InitBinder
	void trimInput(WebDataBinder binder) {
		if (binder.getTarget() != null || binder.getTargetType() != null) {
			bindAsRecordForm(binder);
		}
	}

	/**
	 * Binds a record form as every form of the admin and the CSV import binds: its fields
	 * directly, each text trimmed, blank as null.
	 */
	public static void bindAsRecordForm(DataBinder binder) {
		binder.initDirectFieldAccess();
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
	}

	/**
	 * Fills a form from the saved record: each field of the form (and of the forms it
	 * extends) takes the record's property of the same name and type, its version among
	 * them. A field the record has no such property for is left for the caller, which
	 * fills it in its own terms (a date as text, a record as its id).
	 * @return the form
	 */
	public static <F> F fill(F form, Object record) {
		BeanWrapper saved = new BeanWrapperImpl(record);
		PropertyAccessor fields = PropertyAccessorFactory.forDirectFieldAccess(form);
		for (Class<?> type = form.getClass(); type != Object.class; type = type.getSuperclass()) {
			for (Field field : type.getDeclaredFields()) {
				String name = field.getName();
				if (!Modifier.isStatic(field.getModifiers()) && saved.isReadableProperty(name)
						&& ClassUtils.isAssignable(field.getType(), saved.getPropertyType(name))) {
					fields.setPropertyValue(name, saved.getPropertyValue(name));
				}
			}
		}
		return form;
	}

}
