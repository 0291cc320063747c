package org.sinosoviet.timeline.web;

import java.time.LocalDate;

import org.sinosoviet.timeline.date.HistoricalDate;
import org.sinosoviet.timeline.date.InvalidDateException;

/**
 * Reads the {@code from} and {@code to} parameters: a year, a month or a day, taken as
 * its first day for {@code from} and its last day for {@code to}.
 */
public final class DayParameter {

	static final String ACCEPTED = "a year (1958), a month (1958-08) or a day (1958-08-23)";

	private DayParameter() {
	}

	public static LocalDate from(String value) {
		return parse("from", value, true);
	}

	public static LocalDate to(String value) {
		return parse("to", value, false);
	}

	private static LocalDate parse(String name, String value, boolean first) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String text = value.strip();
		if (!text.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
			throw new InvalidParameterException(name, value, "use " + ACCEPTED);
		}
		try {
			HistoricalDate date = HistoricalDate.parse(text);
			return first ? date.earliest() : date.latest();
		}
		catch (InvalidDateException ex) {
			throw new InvalidParameterException(name, value, "no such date; use " + ACCEPTED);
		}
	}

}
