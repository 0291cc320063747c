package org.sinosoviet.timeline.dataset;

import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;

/**
 * The limits the database mapping puts on a text field, read from the entity's own
 * {@link Column} annotations, so that the data check and the schema cannot disagree: a
 * value the database cannot hold is a {@code file:line:col} problem, never a failure when
 * storing it.
 */
final class ColumnLimits {

	/** JPA's length for a text column that does not give one. */
	static final int DEFAULT_LENGTH = 255;

	private static final Map<String, Limit> cache = new ConcurrentHashMap<>();

	private ColumnLimits() {
	}

	/**
	 * The limit of a text field, or of each text in a collection field.
	 * @param type the entity or embeddable class
	 * @param name the field's name
	 * @return its limit, or {@code null} if the field holds no text or does not exist
	 */
	static Limit of(Class<?> type, String name) {
		return cache.computeIfAbsent(type.getName() + "#" + name, (key) -> find(type, name));
	}

	private static Limit find(Class<?> type, String name) {
		for (Class<?> current = type; current != null && current != Object.class; current = current.getSuperclass()) {
			try {
				Field field = current.getDeclaredField(name);
				if (!holdsText(field) || field.isAnnotationPresent(Lob.class)) {
					return null;
				}
				Column column = field.getAnnotation(Column.class);
				int length = (column != null) ? column.length() : DEFAULT_LENGTH;
				boolean required = field.isAnnotationPresent(Id.class) || (column != null && !column.nullable());
				return new Limit(length, required);
			}
			catch (NoSuchFieldException ex) {
				// look in the superclass
			}
		}
		return null;
	}

	private static boolean holdsText(Field field) {
		if (field.getType() == String.class) {
			return true;
		}
		return Collection.class.isAssignableFrom(field.getType())
				&& field.getGenericType() instanceof ParameterizedType parameterized
				&& parameterized.getActualTypeArguments()[0] == String.class;
	}

	/**
	 * A column's limits.
	 *
	 * @param length the most characters it holds
	 * @param required whether it may be empty
	 */
	record Limit(int length, boolean required) {

	}

}
