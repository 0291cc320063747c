package org.sinosoviet.timeline.date;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date as historians write it, in EDTF: level 0 (a year, month or day, or an interval
 * of two) plus the level 1 qualifiers {@code ?} (uncertain), {@code ~} (approximate) and
 * {@code %} (both). Every date knows its precision and the earliest and latest day it can
 * mean, and sorting and filtering use those bounds.
 */
public final class HistoricalDate implements Comparable<HistoricalDate> {

	private static final Pattern SINGLE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?([?~%])?");

	private final String edtf;

	private final Part start;

	private final Part end;

	private HistoricalDate(String edtf, Part start, Part end) {
		this.edtf = edtf;
		this.start = start;
		this.end = end;
	}

	/**
	 * Parse an EDTF text.
	 * @param text the text, such as {@code 1958-08~} or {@code 1950/1953}
	 * @return the date
	 * @throws InvalidDateException if the text is not a supported form
	 */
	public static HistoricalDate parse(String text) {
		if (text == null || text.isBlank()) {
			throw new InvalidDateException(String.valueOf(text), "it is empty");
		}
		if (!text.equals(text.strip())) {
			throw new InvalidDateException(text, "remove the spaces around it");
		}
		int slash = text.indexOf('/');
		if (slash < 0) {
			return new HistoricalDate(text, Part.parse(text, text), null);
		}
		if (text.indexOf('/', slash + 1) >= 0) {
			throw new InvalidDateException(text, "an interval has exactly one '/'");
		}
		String from = text.substring(0, slash);
		String to = text.substring(slash + 1);
		if (from.isEmpty() || to.isEmpty() || from.equals("..") || to.equals("..")) {
			throw new InvalidDateException(text,
					"open or unknown ends of an interval are not supported; give both ends");
		}
		Part start = Part.parse(text, from);
		Part end = Part.parse(text, to);
		if (end.latest().isBefore(start.earliest())) {
			throw new InvalidDateException(text, "the interval ends before it starts");
		}
		if (from.equals(to)) {
			throw new InvalidDateException(text, "both ends of the interval are the same; write a single date");
		}
		return new HistoricalDate(text, start, end);
	}

	/**
	 * The EDTF text, as written in the data.
	 * @return the EDTF text
	 */
	public String edtf() {
		return this.edtf;
	}

	/**
	 * The earliest day this date can mean.
	 * @return the first day
	 */
	public LocalDate earliest() {
		return this.start.earliest();
	}

	/**
	 * The latest day this date can mean.
	 * @return the last day
	 */
	public LocalDate latest() {
		return (this.end != null) ? this.end.latest() : this.start.latest();
	}

	/**
	 * The precision: for an interval, the coarser of its two ends.
	 * @return the precision
	 */
	public DatePrecision precision() {
		return (this.end != null) ? this.start.precision().coarser(this.end.precision()) : this.start.precision();
	}

	public boolean isInterval() {
		return this.end != null;
	}

	public boolean isApproximate() {
		return this.start.approximate || (this.end != null && this.end.approximate);
	}

	public boolean isUncertain() {
		return this.start.uncertain || (this.end != null && this.end.uncertain);
	}

	/**
	 * Whether this date can fall within the given days (both inclusive, either open).
	 * @param from the first day, or {@code null} for no lower bound
	 * @param to the last day, or {@code null} for no upper bound
	 * @return whether the ranges overlap
	 */
	public boolean overlaps(LocalDate from, LocalDate to) {
		return (from == null || !latest().isBefore(from)) && (to == null || !earliest().isAfter(to));
	}

	/**
	 * The date for readers, following its precision: "14 February 1950", "July 1958", "c.
	 * 1958", "1950–1953".
	 * @return the display text
	 */
	public String display() {
		if (this.end == null) {
			return this.start.display(true);
		}
		Part a = this.start;
		Part b = this.end;
		boolean plain = !a.approximate && !a.uncertain;
		if (plain && a.year == b.year && a.precision() == b.precision() && a.precision() != DatePrecision.YEAR) {
			if (a.precision() == DatePrecision.MONTH) {
				return a.monthName() + "–" + b.display(false);
			}
			if (a.month == b.month) {
				return a.day + "–" + b.display(false);
			}
			return a.day + " " + a.monthName() + " – " + b.display(false);
		}
		if (a.precision() == DatePrecision.YEAR && b.precision() == DatePrecision.YEAR) {
			return a.display(true) + "–" + b.display(true);
		}
		return a.display(true) + " – " + b.display(true);
	}

	@Override
	public int compareTo(HistoricalDate other) {
		int result = earliest().compareTo(other.earliest());
		if (result == 0) {
			result = latest().compareTo(other.latest());
		}
		return (result != 0) ? result : this.edtf.compareTo(other.edtf);
	}

	@Override
	public boolean equals(Object obj) {
		return (obj instanceof HistoricalDate other) && this.edtf.equals(other.edtf);
	}

	@Override
	public int hashCode() {
		return this.edtf.hashCode();
	}

	@Override
	public String toString() {
		return this.edtf;
	}

	private record Part(int year, int month, int day, boolean uncertain, boolean approximate) {

		static Part parse(String whole, String text) {
			Matcher matcher = SINGLE.matcher(text);
			if (!matcher.matches()) {
				throw new InvalidDateException(whole, describe(text));
			}
			int year = Integer.parseInt(matcher.group(1));
			int month = (matcher.group(2) != null) ? Integer.parseInt(matcher.group(2)) : 0;
			int day = (matcher.group(3) != null) ? Integer.parseInt(matcher.group(3)) : 0;
			if (matcher.group(2) != null && (month < 1 || month > 12)) {
				throw new InvalidDateException(whole, "month " + matcher.group(2) + " does not exist; use 01 to 12");
			}
			if (matcher.group(3) != null) {
				try {
					LocalDate.of(year, month, day);
				}
				catch (DateTimeException ex) {
					throw new InvalidDateException(whole,
							"day " + matcher.group(3) + " does not exist in " + YearMonth.of(year, month));
				}
			}
			String qualifier = Objects.requireNonNullElse(matcher.group(4), "");
			boolean both = qualifier.equals("%");
			return new Part(year, month, day, both || qualifier.equals("?"), both || qualifier.equals("~"));
		}

		private static String describe(String text) {
			if (text.matches("\\d{1,3}|\\d{5,}")) {
				return "a year has four digits";
			}
			if (text.matches("\\d{4}-\\d-.*|\\d{4}-\\d") || text.matches("\\d{4}-\\d{2}-\\d")) {
				return "months and days have two digits, such as 1958-08-03";
			}
			if (text.matches("\\d{1,2}[./-]\\d{1,2}[./-]\\d{4}")) {
				return "write the year first, as 1958-08-23";
			}
			if (text.contains("X") && text.matches("[0-9X]{4}(-[0-9X]{2}){0,2}")) {
				return "unspecified digits (X) are not supported; use the year or month precision instead";
			}
			return "it is not a year, month or day in the form YYYY, YYYY-MM or YYYY-MM-DD";
		}

		DatePrecision precision() {
			return (this.day != 0) ? DatePrecision.DAY : (this.month != 0) ? DatePrecision.MONTH : DatePrecision.YEAR;
		}

		LocalDate earliest() {
			return LocalDate.of(this.year, Math.max(this.month, 1), Math.max(this.day, 1));
		}

		LocalDate latest() {
			if (this.day != 0) {
				return LocalDate.of(this.year, this.month, this.day);
			}
			if (this.month != 0) {
				return YearMonth.of(this.year, this.month).atEndOfMonth();
			}
			return LocalDate.of(this.year, 12, 31);
		}

		String monthName() {
			return Month.of(this.month).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
		}

		String display(boolean qualified) {
			String text = switch (precision()) {
				case DAY -> this.day + " " + monthName() + " " + this.year;
				case MONTH -> monthName() + " " + this.year;
				case YEAR -> String.valueOf(this.year);
			};
			if (!qualified) {
				return text;
			}
			return (this.approximate ? "c. " : "") + text + (this.uncertain ? "?" : "");
		}

	}

}
