package org.sinosoviet.timeline.event;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.sinosoviet.timeline.taxonomy.PeriodView;
import org.sinosoviet.timeline.taxonomy.SchemeView;
import org.sinosoviet.timeline.taxonomy.ThemeView;
import org.sinosoviet.timeline.taxonomy.YearLabels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The overview's labels: turning points labelled in lanes above the marks without
 * overlapping, and more events labelled when zoomed in.
 */
class TimelineViewTests {

	static final SchemeView SCHEME = new SchemeView("default", "Periods", "Why.", true, List.of(),
			List.of(new PeriodView("all", "default", "All of it", "1949", "1976", LocalDate.of(1949, 1, 1),
					LocalDate.of(1976, 12, 31), "1949 – 1976", "Why.", List.of(), 0)));

	static final Map<String, ThemeView> THEMES = new LinkedHashMap<>();

	/** The list's entries are not under test here. */
	static final Function<TimelineView.Item, String> NO_HTML = (item) -> "";

	@Test
	void labelsTheTurningPointsWithoutOverlapAboveTheMarks() {
		List<EventSummary> events = new ArrayList<>();
		for (int i = 0; i < 60; i++) {
			LocalDate day = LocalDate.of(1950, 1, 1).plusDays(i * 60L);
			events.add(event("e" + i, "A rather long title for event number " + i, day, (i % 2 == 0) ? 1 : 3));
		}
		TimelineView view = TimelineView.of(events, SCHEME, THEMES, NO_HTML);
		List<TimelineView.Mark> labelled = view.overview()
			.marks()
			.stream()
			.filter((mark) -> mark.text() != null)
			.toList();
		assertThat(labelled).as("some turning points are labelled").isNotEmpty();
		assertThat(labelled).allSatisfy((mark) -> assertThat(mark.id()).matches("e\\d*[02468]"));
		for (int i = 0; i < labelled.size(); i++) {
			TimelineView.Label a = labelled.get(i).text();
			assertThat(a.text()).hasSizeLessThanOrEqualTo(TimelineView.LABEL_LENGTH);
			assertThat(a.leaderBottom()).as("the leader reaches down to the mark").isGreaterThan(a.leaderTop());
			assertThat(a.x() + width(a)).isLessThanOrEqualTo(TimelineView.WIDTH);
			for (int j = i + 1; j < labelled.size(); j++) {
				TimelineView.Label b = labelled.get(j).text();
				boolean sameLane = a.y() == b.y();
				boolean apart = a.x() + width(a) <= b.x() || b.x() + width(b) <= a.x();
				assertThat(!sameLane || apart).as("%s and %s", a.text(), b.text()).isTrue();
			}
			double topOfMarks = labelled.get(i).y() - 6;
			assertThat(a.y()).as("labels are above the marks").isLessThan(topOfMarks);
		}
	}

	@Test
	void zoomedOverviewSpansItsYearsAndLabelsSignificantEventsToo() {
		List<EventSummary> events = List.of(event("key", "Key", LocalDate.of(1962, 3, 1), 1),
				event("significant", "Significant", LocalDate.of(1963, 6, 1), 2),
				event("detail", "Detail", LocalDate.of(1964, 9, 1), 3));
		TimelineView whole = TimelineView.of(events, SCHEME, THEMES, NO_HTML);
		assertThat(whole.overview().zoomed()).isFalse();
		assertThat(labelled(whole)).containsExactly("key");
		TimelineView zoomed = TimelineView.of(events, SCHEME, THEMES, NO_HTML, LocalDate.of(1960, 1, 1),
				LocalDate.of(1967, 1, 1));
		assertThat(zoomed.overview().zoomed()).isTrue();
		assertThat(zoomed.overview().span()).isEqualTo("1960–1966");
		assertThat(labelled(zoomed)).containsExactly("key", "significant");
		assertThat(zoomed.overview().ticks()).extracting(TimelineView.Tick::year).startsWith(1960).endsWith(1967);
		assertThat(zoomed.overview().ticks()).allSatisfy((tick) -> assertThat(tick.labelled()).isTrue());
		double expected = 1000.0 * ChronoUnit.DAYS.between(LocalDate.of(1960, 1, 1), LocalDate.of(1962, 3, 1))
				/ ChronoUnit.DAYS.between(LocalDate.of(1960, 1, 1), LocalDate.of(1967, 1, 1));
		assertThat(zoomed.overview().marks().get(0).x()).as("1 March 1962 on a 1960–1966 axis")
			.isCloseTo(expected, within(0.1));
		assertThat(zoomed.overview().bands()).singleElement()
			.satisfies((band) -> assertThat(band.width()).isEqualTo(TimelineView.WIDTH));
	}

	static final Map<String, ThemeView> LANE_THEMES = new LinkedHashMap<>();

	static {
		for (String id : List.of("alliance", "border", "nuclear")) {
			LANE_THEMES.put(id, new ThemeView(id, "Theme " + id, "Why.", 0));
		}
	}

	@Test
	void singleBandHasNoLanes() {
		TimelineView view = TimelineView.of(List.of(event("key", "Key", LocalDate.of(1962, 3, 1), 1)), SCHEME,
				LANE_THEMES, NO_HTML);
		assertThat(view.overview().byTheme()).isFalse();
		assertThat(view.overview().lanes()).isEmpty();
		assertThat(view.overview().marks()).extracting(TimelineView.Mark::lane).containsOnlyNulls();
		assertThat(view.overview().marks()).as("one band has every mark once: no echoes")
			.noneMatch(TimelineView.Mark::echo);
	}

	@Test
	void lanesByThemeHoldEveryEventInTheLaneOfEachOfItsThemes() {
		List<EventSummary> events = List.of(
				event("treaty", "Treaty", LocalDate.of(1950, 2, 14), 1, List.of("alliance", "border")),
				event("clash", "Clash", LocalDate.of(1969, 3, 2), 1, List.of("border")),
				event("talks", "Talks", LocalDate.of(1964, 2, 25), 3, List.of("border", "alliance")),
				event("loose", "Loose", LocalDate.of(1955, 1, 1), 3, List.of()));
		TimelineView view = byTheme(events);
		TimelineView.Overview overview = view.overview();
		assertThat(overview.byTheme()).isTrue();
		assertThat(overview.lanes()).as("the themes in their order, then a lane for events without one")
			.extracting(TimelineView.Lane::id)
			.containsExactly("alliance", "border", "nuclear", TimelineView.NO_THEME);
		assertThat(lane(overview, "alliance").marks()).extracting(TimelineView.Mark::id)
			.containsExactly("treaty", "talks");
		assertThat(lane(overview, "border").marks()).extracting(TimelineView.Mark::id)
			.containsExactly("treaty", "talks", "clash");
		assertThat(lane(overview, TimelineView.NO_THEME).marks()).extracting(TimelineView.Mark::id)
			.containsExactly("loose");
		TimelineView.Lane nuclear = lane(overview, "nuclear");
		assertThat(nuclear.count()).isZero();
		assertThat(nuclear.marks()).isEmpty();
		assertThat(nuclear.name()).isEqualTo("Theme nuclear: no events here");
		assertThat(overview.marks()).as("every lane's marks, once each").hasSize(6);
		double top = TimelineView.TOP;
		for (TimelineView.Lane lane : overview.lanes()) {
			assertThat(lane.y()).as("lanes follow each other").isCloseTo(top, within(0.11));
			top = lane.y() + lane.height();
			for (TimelineView.Mark mark : lane.marks()) {
				assertThat(mark.lane()).isEqualTo(lane.id());
				assertThat(mark.y() - 4.5).as("%s in lane %s", mark.id(), lane.id())
					.isGreaterThan(lane.y() + TimelineView.LABEL_LANE);
				assertThat(mark.y() + 4.5).as("%s in lane %s", mark.id(), lane.id())
					.isLessThan(lane.y() + lane.height());
			}
		}
		assertThat(overview.height()).isGreaterThanOrEqualTo(top + TimelineView.BOTTOM - 0.1);
		assertThat(lane(overview, "border").marks()).as("a lane's marks take its theme's colour")
			.allSatisfy((mark) -> assertThat(mark.css()).contains("theme-2"));
		assertThat(lane(overview, "alliance").marks()).allSatisfy((mark) -> assertThat(mark.css()).contains("theme-1"));
		assertThat(overview.marks()).filteredOn((mark) -> mark.text() != null)
			.as("a key event is labelled once, in the lane of its first theme")
			.extracting(TimelineView.Mark::id, TimelineView.Mark::lane)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("treaty", "alliance"),
					org.assertj.core.groups.Tuple.tuple("clash", "border"));
		assertThat(overview.marks()).filteredOn((mark) -> !mark.echo())
			.as("each event linked once, in the lane of its first theme; echoed in its other lanes")
			.extracting(TimelineView.Mark::id, TimelineView.Mark::lane)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("treaty", "alliance"),
					org.assertj.core.groups.Tuple.tuple("clash", "border"),
					org.assertj.core.groups.Tuple.tuple("talks", "border"),
					org.assertj.core.groups.Tuple.tuple("loose", TimelineView.NO_THEME));
		assertThat(overview.marks()).filteredOn(TimelineView.Mark::echo)
			.allSatisfy((mark) -> assertThat(mark.css()).contains("echo"))
			.extracting(TimelineView.Mark::id, TimelineView.Mark::lane)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("treaty", "border"),
					org.assertj.core.groups.Tuple.tuple("talks", "alliance"));
		assertThat(lane(overview, "border").groupLabel())
			.isEqualTo("Theme border, 3 events (1 of them linked in the lane of their first theme)");
		assertThat(lane(overview, TimelineView.NO_THEME).groupLabel()).isEqualTo("No theme, 1 event");
	}

	@Test
	void laneLabelsStayInTheirLaneAboveTheirMarksWithoutOverlappingEachOtherOrTheNames() {
		List<EventSummary> events = new ArrayList<>();
		for (int i = 0; i < 90; i++) {
			LocalDate day = LocalDate.of(1949, 3, 1).plusDays(i * 100L);
			List<String> themes = switch (i % 3) {
				case 0 -> List.of("alliance", "border");
				case 1 -> List.of("border");
				default -> List.of("nuclear", "alliance");
			};
			events.add(event("e" + i, "A rather long title for event number " + i, day, (i % 4 == 3) ? 3 : 1, themes));
		}
		TimelineView.Overview overview = byTheme(events).overview();
		List<double[]> boxes = new ArrayList<>();
		List<String> names = new ArrayList<>();
		for (TimelineView.Lane lane : overview.lanes()) {
			boxes.add(new double[] { lane.nameX(), lane.nameY(), lane.nameX() + lane.nameWidth() });
			names.add(lane.name());
			List<TimelineView.Mark> labelled = lane.marks().stream().filter((mark) -> mark.text() != null).toList();
			assertThat(labelled).as("labels in lane %s", lane.id()).isNotEmpty();
			for (TimelineView.Mark mark : labelled) {
				TimelineView.Label label = mark.text();
				assertThat(label.y() - 9).as(label.text()).isGreaterThanOrEqualTo(lane.y());
				assertThat(label.y()).as("%s above its mark", label.text()).isLessThan(mark.y() - 4.5);
				assertThat(label.leaderBottom()).isGreaterThan(label.leaderTop());
				assertThat(label.x() + width(label)).isLessThanOrEqualTo(TimelineView.WIDTH);
				boxes.add(new double[] { label.x(), label.y(), label.x() + width(label) });
				names.add(label.text());
			}
		}
		for (int i = 0; i < boxes.size(); i++) {
			for (int j = i + 1; j < boxes.size(); j++) {
				double[] a = boxes.get(i);
				double[] b = boxes.get(j);
				boolean apart = a[1] != b[1] || a[2] <= b[0] || b[2] <= a[0];
				assertThat(apart).as("'%s' and '%s'", names.get(i), names.get(j)).isTrue();
			}
		}
	}

	private static TimelineView byTheme(List<EventSummary> events) {
		return TimelineView.of(events, SCHEME, LANE_THEMES, NO_HTML, TimelineView.FIRST, TimelineView.END, Lanes.THEME);
	}

	private static TimelineView.Lane lane(TimelineView.Overview overview, String id) {
		return overview.lanes().stream().filter((lane) -> lane.id().equals(id)).findFirst().orElseThrow();
	}

	@Test
	void shortensLongTitlesAtAWordAndSaysSo() {
		assertThat(TimelineView.shorten("Treaty signed")).isEqualTo("Treaty signed");
		assertThat(TimelineView.shorten("Sino-Soviet Treaty of Friendship, Alliance and Mutual Assistance"))
			.isEqualTo("Sino-Soviet Treaty of…");
		assertThat(TimelineView.shorten("Mao and Khrushchev meet, Beijing; the communiqué follows"))
			.as("no punctuation before the ellipsis")
			.isEqualTo("Mao and Khrushchev meet…");
	}

	@Test
	void yearLabelsStayInsideTheDrawingAndApart() {
		List<EventSummary> events = List.of(event("key", "Key", LocalDate.of(1962, 3, 1), 1));
		List<TimelineView.Tick> whole = TimelineView.of(events, SCHEME, THEMES, NO_HTML).overview().ticks();
		assertThat(whole.get(0).x()).as("the axis starts on a 1 January").isZero();
		assertThat(whole.get(0).labelled()).as("the first year gives way to the next labelled one, 1950").isFalse();
		List<TimelineView.Tick> labelled = whole.stream().filter(TimelineView.Tick::labelled).toList();
		for (int i = 1; i < labelled.size(); i++) {
			assertThat(labelled.get(i - 1).right()).as("%d and %d", labelled.get(i - 1).year(), labelled.get(i).year())
				.isLessThanOrEqualTo(labelled.get(i).left());
		}
		List<TimelineView.Tick> zoomed = TimelineView
			.of(events, SCHEME, THEMES, NO_HTML, LocalDate.of(1960, 1, 1), LocalDate.of(1967, 1, 1))
			.overview()
			.ticks();
		assertThat(zoomed).extracting(TimelineView.Tick::anchor)
			.as("the first and last labels are anchored at the edges")
			.containsExactly("start", "middle", "middle", "middle", "middle", "middle", "middle", "end");
		assertThat(zoomed).allSatisfy((tick) -> assertThat(tick.left()).isGreaterThanOrEqualTo(0)
			.isLessThanOrEqualTo(1000 - YearLabels.WIDTH));
	}

	private static List<String> labelled(TimelineView view) {
		return view.overview()
			.marks()
			.stream()
			.filter((mark) -> mark.text() != null)
			.map(TimelineView.Mark::id)
			.toList();
	}

	private static double width(TimelineView.Label label) {
		return label.text().length() * TimelineView.LABEL_CHARACTER;
	}

	static EventSummary event(String id, String title, LocalDate day, int importance) {
		return event(id, title, day, importance, List.of());
	}

	static EventSummary event(String id, String title, LocalDate day, int importance, List<String> themes) {
		return new EventSummary(id, title, day.toString(), day, day, "day", day.toString(), "all", themes, "", false,
				"/events/" + id, importance);
	}

}
