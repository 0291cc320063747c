package org.sinosoviet.timeline.taxonomy;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.sinosoviet.timeline.source.CitationView;

/**
 * Every period scheme as a row of bands on one year axis, so that a reader sees at once
 * where the sources divide the story differently. Each band links to its period's page,
 * which gives its description and citations.
 *
 * @param width the drawing's width in SVG units
 * @param height its height
 * @param rows one row per scheme, the default first
 * @param ticks the year marks
 */
public record PeriodBands(String width, String height, List<Row> rows, List<Tick> ticks) {

	static final double WIDTH = 1000;

	static final double AXIS = 28;

	static final double ROW = 58;

	static final double BAND = 30;

	/** A label is about this wide per character at the bands' text size. */
	static final double CHARACTER_WIDTH = 6.4;

	/**
	 * The bands of some schemes.
	 * @param schemes the schemes, the default first
	 * @return the drawing
	 */
	public static PeriodBands of(List<SchemeView> schemes) {
		LocalDate first = schemes.stream()
			.flatMap((scheme) -> scheme.periods().stream())
			.map(PeriodView::firstDay)
			.min(LocalDate::compareTo)
			.orElse(LocalDate.of(1949, 1, 1))
			.withDayOfYear(1);
		LocalDate end = schemes.stream()
			.flatMap((scheme) -> scheme.periods().stream())
			.map(PeriodView::lastDay)
			.max(LocalDate::compareTo)
			.orElse(LocalDate.of(1976, 12, 31))
			.plusYears(1)
			.withDayOfYear(1);
		double days = ChronoUnit.DAYS.between(first, end);
		List<Row> rows = new ArrayList<>();
		for (int i = 0; i < schemes.size(); i++) {
			SchemeView scheme = schemes.get(i);
			double top = AXIS + i * ROW;
			List<Band> bands = new ArrayList<>();
			for (int j = 0; j < scheme.periods().size(); j++) {
				PeriodView period = scheme.periods().get(j);
				double x = WIDTH * ChronoUnit.DAYS.between(first, period.firstDay()) / days;
				double right = WIDTH * ChronoUnit.DAYS.between(first, period.lastDay().plusDays(1)) / days;
				double width = Math.max(right - x, 2);
				String label = fit(period.title(), width);
				bands.add(new Band(period.id(), "/periods/" + period.id(),
						period.title() + ", " + period.displayRange() + " (" + scheme.title() + ")", number(x),
						number(width), number(x + width / 2), label, "band-" + (j % 6 + 1)));
			}
			rows.add(new Row(scheme.id(), scheme.title(), scheme.isDefault(), scheme.description(), scheme.citations(),
					number(top + 14), number(top + 20), number(top + 20 + BAND / 2 + 4), bands, scheme.periods()));
		}
		List<Tick> ticks = new ArrayList<>();
		for (int year = first.getYear(); year <= end.getYear(); year++) {
			double x = WIDTH * ChronoUnit.DAYS.between(first, LocalDate.of(year, 1, 1)) / days;
			ticks.add(new Tick(year, number(x), year % 5 == 0, YearLabels.anchor(x, WIDTH)));
		}
		return new PeriodBands(number(WIDTH), number(AXIS + schemes.size() * ROW), rows, ticks);
	}

	/**
	 * The title if it fits in the band, else none: a shortened title would not match the
	 * band's accessible name, and the list under the drawing gives every title.
	 */
	static String fit(String title, double width) {
		return (title.length() * CHARACTER_WIDTH + 8 <= width) ? title : null;
	}

	private static String number(double value) {
		return String.format(Locale.ROOT, "%.1f", value);
	}

	/**
	 * A scheme's row.
	 *
	 * @param id the scheme id
	 * @param title its title
	 * @param isDefault whether events are filed under it
	 * @param description where its boundaries come from
	 * @param citations its sources
	 * @param titleY the baseline of its title
	 * @param bandY the top of its bands
	 * @param labelY the baseline of its bands' labels
	 * @param bands its periods
	 * @param periods its periods as the list below the drawing shows them
	 */
	public record Row(String id, String title, boolean isDefault, String description, List<CitationView> citations,
			String titleY, String bandY, String labelY, List<Band> bands, List<PeriodView> periods) {

	}

	/**
	 * A period's band.
	 *
	 * @param id the period id
	 * @param href its page
	 * @param label its accessible name: title, dates and scheme
	 * @param x the left edge
	 * @param width the width
	 * @param middle where its label is centred
	 * @param text its visible label, or {@code null} where it does not fit
	 * @param css its shade
	 */
	public record Band(String id, String href, String label, String x, String width, String middle, String text,
			String css) {

	}

	/**
	 * A year on the axis.
	 *
	 * @param year the year
	 * @param x where it begins
	 * @param labelled whether it is written out (every fifth year)
	 * @param anchor where its label is anchored: {@code start}, {@code middle} or
	 * {@code end}
	 */
	public record Tick(int year, String x, boolean labelled, String anchor) {

	}

}
