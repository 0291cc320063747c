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
import org.sinosoviet.timeline.taxonomy.YearLabels;

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
		return of(events, scheme, themes, html, FIRST, END);
	}

	/**
	 * The timeline, its overview drawn from {@code first} to {@code end}: the whole
	 * story, or zoomed to a period or a span of years, where more events are labelled.
	 * @param events the events, in date order
	 * @param scheme the default period scheme
	 * @param themes the themes by id, in order
	 * @param html renders an event's entry in the list
	 * @param first the overview's first day
	 * @param end the day after the overview's last
	 * @return the view
	 */
	static TimelineView of(List<EventSummary> events, SchemeView scheme, Map<String, ThemeView> themes,
			Function<Item, String> html, LocalDate first, LocalDate end) {
		return of(events, scheme, themes, html, first, end, Lanes.ONE);
	}

	/**
	 * The timeline, its overview drawn from {@code first} to {@code end} in one band or
	 * in one lane per theme.
	 * @param events the events, in date order
	 * @param scheme the default period scheme
	 * @param themes the themes by id, in order
	 * @param html renders an event's entry in the list
	 * @param first the overview's first day
	 * @param end the day after the overview's last
	 * @param arrangement one band, or a lane per theme
	 * @return the view
	 */
	static TimelineView of(List<EventSummary> events, SchemeView scheme, Map<String, ThemeView> themes,
			Function<Item, String> html, LocalDate first, LocalDate end, Lanes arrangement) {
		Axis axis = new Axis(first, end);
		// The whole story labels its turning points; a zoomed overview its significant
		// events too.
		int labelled = axis.zoomed() ? 2 : 1;
		Map<String, Integer> themeOrder = new LinkedHashMap<>();
		themes.keySet().forEach((id) -> themeOrder.put(id, themeOrder.size() + 1));
		List<Band> bands = new ArrayList<>();
		for (int i = 0; i < scheme.periods().size(); i++) {
			PeriodView period = scheme.periods().get(i);
			if (!period.lastDay().isBefore(first) && period.firstDay().isBefore(end)) {
				double x = axis.x(max(period.firstDay(), first));
				double right = axis.x(min(period.lastDay().plusDays(1), end));
				bands.add(new Band(period.id(), period.title(), period.displayRange(), round(x), round(right - x),
						round(x + (right - x) / 2), "band-" + (i % 6 + 1)));
			}
		}
		List<EventSummary> chronological = events.stream()
			.filter((event) -> !event.end().isBefore(first) && event.start().isBefore(end))
			.sorted(java.util.Comparator.comparing(EventSummary::start).thenComparing(EventSummary::end))
			.toList();
		Drawing drawing = (arrangement == Lanes.THEME) ? byTheme(chronological, themes, themeOrder, axis, labelled)
				: oneBand(chronological, themeOrder, axis, labelled);
		double height = drawing.bottom() + BOTTOM;
		List<Tick> ticks = ticks(first, end, axis);
		return new TimelineView(events,
				new Overview(WIDTH, round(height), bands, drawing.marks(), drawing.lanes(), ticks, axis.zoomed(),
						first.getYear() + "–" + end.minusDays(1).getYear(), arrangement == Lanes.THEME),
				groups(events, scheme, themes, html));
	}

	/** All marks in one band, under the labels of the events that get one. */
	private static Drawing oneBand(List<EventSummary> chronological, Map<String, Integer> themeOrder, Axis axis,
			int labelled) {
		// Labels first: their lanes above the marks set where the marks begin.
		Map<String, Label> labels = new LinkedHashMap<>();
		List<Double> labelEnds = new ArrayList<>();
		for (EventSummary event : chronological) {
			if (event.importance() <= labelled) {
				Label label = placeLabel(event, axis, labelEnds, TOP, MAX_LABEL_LANES);
				if (label != null) {
					labels.put(event.id(), label);
				}
			}
		}
		double marksTop = TOP + labelEnds.size() * LABEL_LANE + (labelEnds.isEmpty() ? 0 : 6);
		List<Mark> marks = new ArrayList<>();
		int rows = placeMarks(chronological, axis, marksTop, MAX_LANES, labels, null, (event) -> false, themeOrder,
				marks);
		return new Drawing(marks, List.of(), marksTop + rows * LANE_HEIGHT);
	}

	/**
	 * One lane per theme, in the themes' order, each with its name at the left and the
	 * labels of its events above its marks. An event appears in the lane of each of its
	 * themes, so that a lane holds every event of its theme; it is labelled once, in the
	 * lane of its first theme, where its mark is the link; in its other lanes its mark is
	 * an echo (a picture of the same link, not a second tab stop). Events without a known
	 * theme get a lane of their own.
	 */
	private static Drawing byTheme(List<EventSummary> chronological, Map<String, ThemeView> themes,
			Map<String, Integer> themeOrder, Axis axis, int labelled) {
		Map<String, String> titles = new LinkedHashMap<>();
		themes.forEach((id, theme) -> titles.put(id, theme.title()));
		if (chronological.stream().anyMatch((event) -> firstTheme(event, themes) == null)) {
			titles.put(NO_THEME, "No theme");
		}
		List<Mark> marks = new ArrayList<>();
		List<Lane> lanes = new ArrayList<>();
		double top = TOP;
		for (Map.Entry<String, String> theme : titles.entrySet()) {
			String id = theme.getKey();
			List<EventSummary> members = chronological.stream()
				.filter((event) -> NO_THEME.equals(id) ? firstTheme(event, themes) == null
						: event.themes().contains(id))
				.toList();
			String name = members.isEmpty() ? theme.getValue() + ": no events here" : theme.getValue();
			double nameWidth = name.length() * LANE_NAME_CHARACTER;
			// The name takes the start of the first row of labels.
			List<Double> labelEnds = new ArrayList<>(List.of(LANE_NAME_X + nameWidth + LABEL_GAP));
			Map<String, Label> labels = new LinkedHashMap<>();
			java.util.function.Predicate<EventSummary> home = (event) -> {
				String first = firstTheme(event, themes);
				return id.equals(first) || (first == null && NO_THEME.equals(id));
			};
			for (EventSummary event : members) {
				if (event.importance() <= labelled && home.test(event)) {
					Label label = placeLabel(event, axis, labelEnds, top, MAX_LANE_LABEL_ROWS);
					if (label != null) {
						labels.put(event.id(), label);
					}
				}
			}
			double marksTop = top + labelEnds.size() * LABEL_LANE + 2;
			List<Mark> laneMarks = new ArrayList<>();
			int rows = members.isEmpty() ? 0 : placeMarks(members, axis, marksTop, MAX_LANE_ROWS, labels, id,
					home.negate(), themeOrder, laneMarks);
			double bottom = marksTop + rows * LANE_HEIGHT + 2;
			int index = lanes.size();
			lanes.add(new Lane(id, theme.getValue(), name, round(top), round(bottom - top), LANE_NAME_X, round(top + 9),
					round(nameWidth), "lane" + ((index % 2 == 1) ? " lane-alt" : ""), members.size(),
					(int) laneMarks.stream().filter(Mark::echo).count(), List.copyOf(laneMarks)));
			marks.addAll(laneMarks);
			top = bottom;
		}
		return new Drawing(marks, lanes, top);
	}

	/** The lane id of events with no known theme. */
	static final String NO_THEME = "none";

	private static String firstTheme(EventSummary event, Map<String, ThemeView> themes) {
		return event.themes().stream().filter(themes::containsKey).findFirst().orElse(null);
	}

	/**
	 * An event's label in the first row of labels it fits in, or {@code null} when none
	 * has room.
	 * @param labelEnds where each row's last label ends, updated
	 */
	private static Label placeLabel(EventSummary event, Axis axis, List<Double> labelEnds, double top, int maxRows) {
		double x = axis.x(max(event.start(), axis.first()));
		String text = shorten(event.title());
		double width = text.length() * LABEL_CHARACTER + LABEL_GAP;
		double left = Math.min(x, WIDTH - width);
		int row = 0;
		while (row < labelEnds.size() && labelEnds.get(row) > left) {
			row++;
		}
		if (row >= maxRows) {
			return null;
		}
		if (row == labelEnds.size()) {
			labelEnds.add(left + width);
		}
		else {
			labelEnds.set(row, left + width);
		}
		return new Label(text, round(left), round(top + row * LABEL_LANE + 9), round(x),
				round(top + row * LABEL_LANE + 11));
	}

	/**
	 * Marks in rows from {@code marksTop}, each in the first row where it keeps its
	 * distance from the marks before it.
	 * @param lane the theme of the lane, whose colour the marks take, or {@code null} for
	 * the colour of each event's first theme
	 * @param echo which events are linked in another lane, and drawn here as echoes
	 * @return the number of rows used, at least one
	 */
	private static int placeMarks(List<EventSummary> events, Axis axis, double marksTop, int maxRows,
			Map<String, Label> labels, String lane, java.util.function.Predicate<EventSummary> echo,
			Map<String, Integer> themeOrder, List<Mark> marks) {
		List<Double> rowEnds = new ArrayList<>();
		for (EventSummary event : events) {
			double x = axis.x(max(event.start(), axis.first()));
			double right = axis.x(min(event.end().plusDays(1), axis.end()));
			boolean point = "day".equals(event.precision()) && event.start().equals(event.end());
			double width = Math.max(right - x, point ? 0 : 2.5);
			int row = 0;
			while (row < rowEnds.size() && rowEnds.get(row) > x - GAP) {
				row++;
			}
			if (row >= maxRows) {
				row = maxRows - 1;
			}
			if (row == rowEnds.size()) {
				rowEnds.add(x + width);
			}
			else {
				rowEnds.set(row, Math.max(rowEnds.get(row), x + width));
			}
			String theme = (lane != null) ? lane : event.themes().isEmpty() ? "none" : event.themes().get(0);
			String label = event.title() + ", " + event.displayDate() + (event.disputed() ? " (disputed)" : "");
			boolean echoed = echo.test(event);
			String css = "mark theme-" + themeOrder.getOrDefault(theme, 0) + (event.disputed() ? " disputed" : "")
					+ (point ? " point" : " span") + (echoed ? " echo" : "");
			double y = round(marksTop + row * LANE_HEIGHT + 6);
			Label text = labels.get(event.id());
			if (text != null) {
				text = text.withLeaderTo(round(y - 5));
			}
			marks.add(new Mark(event.id(), label, round(x), round(width), y, point, css, event.disputed(),
					event.permalink(), text, round(Math.min(x, WIDTH - 2)), (x > WIDTH * 0.6) ? "end" : "start", lane,
					echoed));
		}
		return Math.max(1, rowEnds.size());
	}

	/** What the marks take of the overview: the marks, the lanes, where they end. */
	private record Drawing(List<Mark> marks, List<Lane> lanes, double bottom) {

	}

	/** Where a lane's name starts. */
	static final double LANE_NAME_X = 4;

	/**
	 * A lane name's character width in user units, at its bold 10-unit size, with room.
	 */
	static final double LANE_NAME_CHARACTER = 6.4;

	/** A lane's rows of labels: its name shares the first. */
	static final int MAX_LANE_LABEL_ROWS = 3;

	/** A lane's rows of marks; the last takes any more. */
	static final int MAX_LANE_ROWS = 6;

	/**
	 * Titles are labelled up to this many characters, cut at a word: the label stays the
	 * start of the mark's accessible name (title and date), as WCAG's label-in-name asks.
	 */
	static final int LABEL_LENGTH = 30;

	/**
	 * A label character's width in user units, at the labels' 10-unit size, with room.
	 */
	static final double LABEL_CHARACTER = 5.9;

	static final double LABEL_GAP = 8;

	static final double LABEL_LANE = 13;

	static final int MAX_LABEL_LANES = 8;

	static String shorten(String title) {
		if (title.length() <= LABEL_LENGTH) {
			return title;
		}
		String cut = title.substring(0, LABEL_LENGTH + 1);
		int space = cut.lastIndexOf(' ');
		// The ellipsis says the title goes on (in the mark's tip and name); as a symbol
		// it leaves the label the start of the name for label-in-name.
		return ((space > LABEL_LENGTH / 2) ? cut.substring(0, space) : cut.substring(0, LABEL_LENGTH))
			.replaceAll("[\\s,;:(]+$", "") + "…";
	}

	/**
	 * A tick on each 1 January of the axis: every year labelled on an axis of up to 12
	 * years, else every fifth and the first. A label at either edge is anchored to stay
	 * inside the drawing, and the first year's gives way when it would touch the next.
	 */
	private static List<Tick> ticks(LocalDate first, LocalDate end, Axis axis) {
		List<Tick> ticks = new ArrayList<>();
		int years = end.getYear() - first.getYear();
		for (int year = first.getYear(); year <= end.getYear(); year++) {
			LocalDate day = LocalDate.of(year, 1, 1);
			if (!day.isBefore(first) && !day.isAfter(end)) {
				double x = round(axis.x(day));
				ticks.add(new Tick(year, x, years <= 12 || year % 5 == 0 || year == first.getYear(),
						YearLabels.anchor(x, WIDTH)));
			}
		}
		Tick start = ticks.isEmpty() ? null : ticks.get(0);
		Tick next = ticks.stream().skip(1).filter(Tick::labelled).findFirst().orElse(null);
		if (start != null && next != null && start.labelled() && start.right() > next.left()) {
			ticks.set(0, new Tick(start.year(), start.x(), false, start.anchor()));
		}
		return ticks;
	}

	/** Days to user units. */
	private record Axis(LocalDate first, LocalDate end) {

		double x(LocalDate day) {
			return WIDTH * ChronoUnit.DAYS.between(this.first, day) / ChronoUnit.DAYS.between(this.first, this.end);
		}

		boolean zoomed() {
			return this.first.isAfter(FIRST) || this.end.isBefore(END);
		}

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
	 * @param lanes the lanes by theme, in order, or none for the single band
	 * @param ticks the years
	 * @param zoomed whether it shows less than the whole story
	 * @param span its years for readers, such as 1960–1966
	 * @param byTheme whether the marks are in lanes by theme
	 */
	public record Overview(double width, double height, List<Band> bands, List<Mark> marks, List<Lane> lanes,
			List<Tick> ticks, boolean zoomed, String span, boolean byTheme) {

	}

	/**
	 * A theme's lane: a strip across the overview with the theme's name at its left.
	 *
	 * @param id the theme id ({@value #NO_THEME} for events without one)
	 * @param title the theme's title
	 * @param name the name shown, which says when the lane is empty
	 * @param y the top edge
	 * @param height the height
	 * @param nameX where the name starts
	 * @param nameY the name's baseline
	 * @param nameWidth the room the name takes
	 * @param css its classes: every other lane is shaded
	 * @param count how many events it holds
	 * @param echoes how many of them are linked in the lane of their first theme, and
	 * only echoed here
	 * @param marks its marks
	 */
	public record Lane(String id, String title, String name, double y, double height, double nameX, double nameY,
			double nameWidth, String css, int count, int echoes, List<Mark> marks) {

		/** The name of its group of marks, for screen readers, which skip the echoes. */
		public String groupLabel() {
			return this.title + ", " + this.count + ((this.count == 1) ? " event" : " events") + ((this.echoes == 0)
					? "" : " (" + this.echoes + " of them linked in the lane of their first theme)");
		}

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
	 * @param css its classes: the colour of its first theme (or of its lane's), disputed,
	 * point or span
	 * @param disputed whether sources disagree about it
	 * @param href its permalink
	 * @param text its visible label, or {@code null}: turning points get one, and in a
	 * zoomed overview significant events too, where there is room
	 * @param tipX where the title and date appear on hover and focus
	 * @param tipAnchor {@code start} or {@code end}, so that the tip stays in the drawing
	 * @param lane the theme of its lane, or {@code null} in the single band
	 * @param echo whether it repeats, in a lane of another of its themes, the event that
	 * is linked in the lane of its first theme: the same picture and link for the mouse,
	 * but hidden from screen readers and no tab stop
	 */
	public record Mark(String id, String label, double x, double width, double y, boolean point, String css,
			boolean disputed, String href, Label text, double tipX, String tipAnchor, String lane, boolean echo) {

	}

	/**
	 * A mark's label above the marks, with a leader line down to it.
	 *
	 * @param text the title, shortened
	 * @param x where the text starts
	 * @param y its baseline
	 * @param leaderX where the leader runs
	 * @param leaderTop where the leader starts, under the text
	 * @param leaderBottom where it ends, over the mark
	 */
	public record Label(String text, double x, double y, double leaderX, double leaderTop, double leaderBottom) {

		Label(String text, double x, double y, double leaderX, double leaderTop) {
			this(text, x, y, leaderX, leaderTop, leaderTop);
		}

		Label withLeaderTo(double bottom) {
			return new Label(this.text, this.x, this.y, this.leaderX, this.leaderTop, bottom);
		}

	}

	/**
	 * A year on the axis.
	 *
	 * @param year the year
	 * @param x its position
	 * @param labelled whether its number is shown
	 * @param anchor where its label is anchored: {@code start}, {@code middle} or
	 * {@code end}
	 */
	public record Tick(int year, double x, boolean labelled, String anchor) {

		double left() {
			return switch (this.anchor) {
				case "start" -> this.x;
				case "end" -> this.x - YearLabels.WIDTH;
				default -> this.x - YearLabels.WIDTH / 2;
			};
		}

		double right() {
			return left() + YearLabels.WIDTH;
		}

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
