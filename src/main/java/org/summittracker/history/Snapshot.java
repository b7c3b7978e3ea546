package org.summittracker.history;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.hibernate.proxy.HibernateProxy;
import org.summittracker.system.PartialDate;

/**
 * A record's editable values at one revision, read field by field: plain values as text,
 * references as the id of the record they point at. Two snapshots side by side give the
 * fields a change touched.
 */
final class Snapshot {

	private Snapshot() {
	}

	/**
	 * The fields history compares and restores: all persistent ones but the id, the
	 * version and collections.
	 */
	static List<Field> fields(Class<?> type) {
		List<Field> fields = new ArrayList<>();
		for (Field field : type.getDeclaredFields()) {
			if (Modifier.isStatic(field.getModifiers()) || Modifier.isTransient(field.getModifiers())
					|| field.isAnnotationPresent(Id.class) || field.isAnnotationPresent(Version.class)
					|| Collection.class.isAssignableFrom(field.getType())) {
				continue;
			}
			field.setAccessible(true);
			fields.add(field);
		}
		return fields;
	}

	/** Field name to value as text ("" for none); references as {@code Person#12}. */
	static Map<String, String> of(Object entity) {
		Map<String, String> values = new LinkedHashMap<>();
		for (Field field : fields(entity.getClass())) {
			values.put(field.getName(), text(read(field, entity)));
		}
		return values;
	}

	static Object read(Field field, Object entity) {
		try {
			return field.get(entity);
		}
		catch (IllegalAccessException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static boolean isReference(Field field) {
		return RecordKind.of(field.getType()).isPresent();
	}

	/** The id of a referenced record, without loading it. */
	static Object idOf(Object reference) {
		if (reference instanceof HibernateProxy proxy) {
			return proxy.getHibernateLazyInitializer().getIdentifier();
		}
		for (Field field : reference.getClass().getDeclaredFields()) {
			if (field.isAnnotationPresent(Id.class)) {
				field.setAccessible(true);
				return read(field, reference);
			}
		}
		throw new IllegalArgumentException("No id on " + reference.getClass());
	}

	private static String text(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof PartialDate date) {
			return date.iso();
		}
		if (value instanceof Enum<?> constant) {
			return constant.name();
		}
		if (value instanceof HibernateProxy || RecordKind.of(value.getClass()).isPresent()) {
			Class<?> type = (value instanceof HibernateProxy proxy)
					? proxy.getHibernateLazyInitializer().getPersistentClass() : value.getClass();
			return RecordKind.of(type).map(RecordKind::slug).orElse(type.getSimpleName()) + "#" + idOf(value);
		}
		return String.valueOf(value);
	}

}
