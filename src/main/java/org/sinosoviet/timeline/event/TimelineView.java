package org.sinosoviet.timeline.event;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.sinosoviet.timeline.taxonomy.PeriodView;
import org.sinosoviet.timeline.taxonomy.SchemeView;
import org.sinosoviet.timeline.taxonomy.ThemeView;

/**
 * Everything a timeline page draws for a set of events: the overview (periods as bands,
 * events as marks placed by date), and the list grouped by period and year.
 *
 * @param events the events, in the order asked for
 * @param overview the overview's geometry
 * @param groups the list, by period and year
 */
public record TimelineView(List<EventSummary> events, Overview overview, List<PeriodGroup> groups) {

	static final LocalDate FIRST = LocalDate.of(1949, 1, 1);

	static final LocalDate END = LocalDate.of(1977, 1, 1);

	/** Width of the overview in SVG user units. */
	static final double WIDTH = 1000;

	static final double LANE_HEIGHT = 14;

	static final double TOP = 34;

	/** Room under the marks for the period labels. */
	static final double BOTTOM = 22;

	static final int MAX_LANES = 10;

	/** Marks closer than this (in user units) go to different lanes. */
	static final double GAP = 7;

	static TimelineView of(List<EventSummary> events, SchemeView scheme, Map<String, ThemeView> themes,
			Function<Item, String> html) {
		Map<String, Integer> themeOrder = new LinkedHashMap<>();
		themes.keySet().forEach((id) -> themeOrder.put(id, themeOrder.size() + 1));
		List<Band> bands = new ArrayList<>();
		for (int i = 0; i < scheme.periods().size(); i++) {
			PeriodView period = scheme.periods().get(i);
			double x = x(period.firstDay());
			double end = x(period.lastDay().plusDays(1));
			bands.add(new Band(period.id(), period.title(), period.displayRange(), round(x), round(end - x),
					round(x + (end - x) / 2), "band-" + (i % 6 + 1)));
		}
		List<Mark> marks = new ArrayList<>();
		List<Double> laneEnds = new ArrayList<>();
		List<EventSummary> chronological = events.stream()
			.filter((event) -> !event.end().isBefore(FIRST) && event.start().isBefore(END))
			.sorted(java.util.Comparator.comparing(EventSummary::start).thenComparing(EventSummary::end))
			.toList();
		for (EventSummary event : chronological) {
			double x = x(max(event.start(), FIRST));
			double end = x(min(event.end().plusDays(1), END));
			boolean point = "day".equals(event.precision()) && event.start().equals(event.end());
			double width = Math.max(end - x, point ? 0 : 2.5);
			int lane = 0;
			while (lane < laneEnds.size() && laneEnds.get(lane) > x - GAP) {
				lane++;
			}
			if (lane >= MAX_LANES) {
				lane = MAX_LANES - 1;
			}
			if (lane == laneEnds.size()) {
				laneEnds.add(x + width);
			}
			else {
				laneEnds.set(lane, Math.max(laneEnds.get(lane), x + width));
			}
			String theme = event.themes().isEmpty() ? "none" : event.themes().get(0);
			String label = event.title() + ", " + event.displayDate() + (event.disputed() ? " (disputed)" : "");
			String css = "mark theme-" + themeOrder.getOrDefault(theme, 0) + (event.disputed() ? " disputed" : "")
					+ (point ? " point" : " span");
			marks.add(new Mark(event.id(), label, round(x), round(width), round(TOP + lane * LANE_HEIGHT + 6), point,
					css, event.disputed(), event.permalink()));
		}
		int lanes = Math.max(1, laneEnds.size());
		double height = TOP + lanes * LANE_HEIGHT + BOTTOM;
		List<Tick> ticks = new ArrayList<>();
		for (int year = 1949; year <= 1977; year++) {
			ticks.add(new Tick(year, round(x(LocalDate.of(year, 1, 1))), year % 5 == 0 || year == 1949));
		}
		return new TimelineView(events, new Overview(WIDTH, round(height), bands, marks, ticks),
				groups(events, scheme, themes, html));
	}

	private static List<PeriodGroup> groups(List<EventSummary> events, SchemeView scheme, Map<String, ThemeView> themes,
			Function<Item, String> html) {
		Map<String, PeriodView> periods = new LinkedHashMap<>();
		scheme.periods().forEach((period) -> periods.put(period.id(), period));
		Map<String, Map<String, List<EventSummary>>> grouped = new LinkedHashMap<>();
		for (EventSummary event : events) {
			grouped.computeIfAbsent(event.period(), (id) -> new LinkedHashMap<>())
				.computeIfAbsent(yearLabel(event), (year) -> new ArrayList<>())
				.add(event);
		}
		return grouped.entrySet().stream().map((period) -> {
			PeriodView view = periods.get(period.getKey());
			List<YearGroup> years = period.getValue()
				.entrySet()
				.stream()
				.map((year) -> new YearGroup(year.getKey(),
						year.getValue().stream().map((event) -> Item.of(event, themes, html)).toList()))
				.toList();
			return new PeriodGroup(period.getKey(), (view != null) ? view.title() : period.getKey(),
					(view != null) ? view.displayRange() : "", years);
		}).toList();
	}

	private static String yearLabel(EventSummary event) {
		return String.valueOf(event.start().getYear());
	}

	private static double x(LocalDate day) {
		double total = ChronoUnit.DAYS.between(FIRST, END);
		return WIDTH * ChronoUnit.DAYS.between(FIRST, day) / total;
	}

	private static LocalDate max(LocalDate a, LocalDate b) {
		return a.isAfter(b) ? a : b;
	}

	private static LocalDate min(LocalDate a, LocalDate b) {
		return a.isBefore(b) ? a : b;
	}

	private static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

	/**
	 * The overview's geometry, in SVG user units.
	 *
	 * @param width the width
	 * @param height the height
	 * @param bands the periods
	 * @param marks the events
	 * @param ticks the years
	 */
	public record Overview(double width, double height, List<Band> bands, List<Mark> marks, List<Tick> ticks) {

	}

	/**
	 * A period drawn as a band.
	 *
	 * @param id the period id
	 * @param title its title
	 * @param range its dates for readers
	 * @param x the left edge
	 * @param width the width
	 * @param middle the centre, for the label
	 * @param css the colour class
	 */
	public record Band(String id, String title, String range, double x, double width, double middle, String css) {

	}

	/**
	 * An event drawn as a point (a known day) or a span (a month, a year, an interval).
	 *
	 * @param id the event id
	 * @param label its accessible name
	 * @param x the left edge or the point
	 * @param width the width of a span
	 * @param y the vertical centre
	 * @param point whether it is a single known day
	 * @param css its classes: the colour of its first theme, disputed, point or span
	 * @param disputed whether sources disagree about it
	 * @param href its permalink
	 */
	public record Mark(String id, String label, double x, double width, double y, boolean point, String css,
			boolean disputed, String href) {

	}

	/**
	 * A year on the axis.
	 *
	 * @param year the year
	 * @param x its position
	 * @param labelled whether its number is shown
	 */
	public record Tick(int year, double x, boolean labelled) {

	}

	/**
	 * The events of one period.
	 *
	 * @param id the period id
	 * @param title the period's title
	 * @param range its dates for readers
	 * @param years the events by year
	 */
	public record PeriodGroup(String id, String title, String range, List<YearGroup> years) {

	}

	/**
	 * The events of one year within a period.
	 *
	 * @param year the year
	 * @param events the events
	 */
	public record YearGroup(String year, List<Item> events) {

	}

	/**
	 * An event in the list, with its themes ready to link: the template only prints.
	 *
	 * @param event the event
	 * @param themes its themes, with their titles and addresses
	 */
	public record Item(EventSummary event, List<Tag> themes, String html) {

		static Item of(EventSummary event, Map<String, ThemeView> themes, Function<Item, String> html) {
			Item item = new Item(event, event.themes().stream().map((id) -> {
				ThemeView theme = themes.get(id);
				return new Tag((theme != null) ? theme.title() : id, "/themes/" + id);
			}).toList(), null);
			return new Item(event, item.themes(), html.apply(item));
		}

	}

	/**
	 * A link to a theme.
	 *
	 * @param title the theme's title
	 * @param href its page
	 */
	public record Tag(String title, String href) {

	}

}
