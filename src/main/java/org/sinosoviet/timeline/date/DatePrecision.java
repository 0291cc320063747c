package org.sinosoviet.timeline.date;

/**
 * How precisely a date is known.
 */
public enum DatePrecision {

	DAY, MONTH, YEAR;

	DatePrecision coarser(DatePrecision other) {
		return (compareTo(other) >= 0) ? this : other;
	}

	/**
	 * The lowercase name used in data and JSON.
	 * @return {@code day}, {@code month} or {@code year}
	 */
	public String label() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

}
