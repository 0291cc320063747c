package org.sinosoviet.timeline.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.sinosoviet.timeline.geo.MapFrame;
import org.sinosoviet.timeline.geo.MapProjection.MapPoint;
import org.sinosoviet.timeline.geo.Outlines;
import org.sinosoviet.timeline.source.CitationView;
import org.sinosoviet.timeline.taxonomy.PlaceView;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The map's markers, labels and table, and the locator map's window, from places alone.
 */
class PlaceMapTests {

	static final List<PlaceView> PLACES = List.of(place("beijing", "Beijing", 39.9333, 116.3333),
			place("harbin", "Harbin", 45.75, 126.6333), place("khabarovsk", "Khabarovsk", 48.5, 135.1),
			place("zhenbao-island", "Zhenbao Island (Damansky Island)", 46.48556, 133.84444),
			place("washington", "Washington, D.C.", 38.9, -77.04), place("xinjiang", "Xinjiang", null, null),
			place("moscow", "Moscow", 55.7504, 37.6175));

	@Test
	void marksOnlyPlacesWithEventsInTheFrameAndListsEveryPlaceWithEvents() {
		PlaceMap map = PlaceMap.of(PLACES, Map.of("beijing", 79, "zhenbao-island", 3, "khabarovsk", 5, "washington", 4,
				"xinjiang", 10, "moscow", 57), "/?place=");
		assertThat(map.markers()).extracting(PlaceMap.Marker::id)
			.as("most events first")
			.containsExactly("beijing", "moscow", "khabarovsk", "zhenbao-island");
		assertThat(map.placed()).isEqualTo(4);
		assertThat(map.rows()).extracting(PlaceMap.Row::id, PlaceMap.Row::where)
			.contains(Tuple.tuple("washington", "outside this map, to the west"),
					Tuple.tuple("xinjiang", "not placed yet"))
			.doesNotContain(Tuple.tuple("harbin", "on the map"));
		assertThat(map.rows()).extracting(PlaceMap.Row::id).doesNotContain("harbin");
		assertThat(map.markers().get(0).label()).isEqualTo("Beijing: 79 events");
	}

	@Test
	void labelsCoverNoOtherLabelOrMarker() {
		List<PlaceView> crowded = new ArrayList<>(PLACES);
		for (int i = 0; i < 30; i++) {
			crowded.add(place("p" + i, "Place number " + i, 40 + (i % 6) * 0.8, 110 + (i / 6) * 1.5));
		}
		Map<String, Integer> counts = new HashMap<>();
		crowded.forEach((place) -> counts.put(place.id(), 1 + place.id().length() % 7));
		PlaceMap map = PlaceMap.of(crowded, counts, "/?place=");
		List<double[]> labels = new ArrayList<>();
		List<double[]> markers = new ArrayList<>();
		for (PlaceMap.Marker marker : map.markers()) {
			double x = Double.parseDouble(marker.x());
			double y = Double.parseDouble(marker.y());
			double r = Double.parseDouble(marker.r());
			markers.add(new double[] { x - r, y - r, x + r, y + r });
			if (marker.text() != null) {
				double width = marker.text().text().length() * PlaceMap.CHARACTER_WIDTH;
				double anchor = Double.parseDouble(marker.text().x());
				double left = marker.text().anchor().equals("start") ? anchor : anchor - width;
				double top = y - PlaceMap.LABEL_HEIGHT / 2;
				labels.add(new double[] { left, top, left + width, top + PlaceMap.LABEL_HEIGHT });
			}
		}
		assertThat(labels).as("some labels fit, some do not").hasSizeBetween(5, map.markers().size() - 1);
		for (int i = 0; i < labels.size(); i++) {
			for (int j = i + 1; j < labels.size(); j++) {
				assertThat(overlap(labels.get(i), labels.get(j))).as("labels %d and %d", i, j).isFalse();
			}
			for (double[] marker : markers) {
				assertThat(overlap(labels.get(i), marker)).as("label %d over a marker", i).isFalse();
			}
		}
		assertThat(map.markers().get(0).text()).as("the busiest place is always labelled").isNotNull();
		assertThat(map.markers().get(0).text().text()).isEqualTo(PlaceMap.shortName(crowded.stream()
			.filter((place) -> place.id().equals(map.markers().get(0).id()))
			.findFirst()
			.orElseThrow()
			.name()));
	}

	@Test
	void sizesMarkersByEventsWithinBounds() {
		assertThat(PlaceMap.radius(1)).isGreaterThanOrEqualTo(5);
		assertThat(PlaceMap.radius(10)).isGreaterThan(PlaceMap.radius(1));
		assertThat(PlaceMap.radius(10_000)).isEqualTo(16);
	}

	@Test
	void locatorMapFramesItsPlacesAndNamesTheUnplaced() {
		LocatorMap map = LocatorMap.of(List.of(PLACES.get(3), PLACES.get(5)));
		String[] box = map.viewBox().split(" ");
		double x = Double.parseDouble(box[0]);
		double y = Double.parseDouble(box[1]);
		double width = Double.parseDouble(box[2]);
		double height = Double.parseDouble(box[3]);
		assertThat(width).isGreaterThanOrEqualTo(LocatorMap.MIN_WIDTH);
		assertThat(map.markers()).singleElement().satisfies((marker) -> {
			assertThat(Double.parseDouble(marker.x())).isBetween(x, x + width);
			assertThat(Double.parseDouble(marker.y())).isBetween(y, y + height);
			assertThat(marker.text()).isEqualTo("Zhenbao Island");
		});
		assertThat(map.unplaced()).extracting(PlaceView::id).containsExactly("xinjiang");
		assertThat(LocatorMap.of(List.of(PLACES.get(5)))).as("nothing to draw").isNull();
	}

	@Test
	void locatorMapOfPlacesBeyondTheFrameIsTheWorldMap() {
		LocatorMap map = LocatorMap.of(List.of(PLACES.get(4), PLACES.get(5)));
		assertThat(map.world()).isTrue();
		assertThat(map.base()).isEqualTo(MapFrame.WORLD.base());
		assertThat(map.viewBox()).isEqualTo("0.0 0.0 360.0 144.0");
		MapPoint washington = MapFrame.WORLD.project(38.9, -77.04);
		assertThat(map.markers()).singleElement().satisfies((marker) -> {
			assertThat(marker.label()).isEqualTo("Washington, D.C., 38.90° N, 77.04° W");
			assertThat(marker.x()).isEqualTo(PlaceMap.number(washington.x()));
			assertThat(marker.y()).isEqualTo(PlaceMap.number(washington.y()));
			assertThat(marker.linked()).isTrue();
		});
		assertThat(map.unplaced()).extracting(PlaceView::id).containsExactly("xinjiang");
		assertThat(LocatorMap.of(List.of(PLACES.get(0), PLACES.get(4))).world())
			.as("one place on the map of Asia keeps it, and names the other")
			.isFalse();
	}

	@Test
	void outlineAloneIsTheLinkAndIsDrawnWithItsDatasetsRings() {
		PlaceView mongolia = outlined("mongolia", "Mongolia", null, null, "Mongolia");
		PlaceMap map = PlaceMap.of(List.of(mongolia, PLACES.get(0)), Map.of("mongolia", 12, "beijing", 79), "/?place=");
		String expected = MapFrame.ASIA.path(Outlines.shipped().rings(DATASET, "Mongolia"), true, PlaceMap.SHAPE_STEP);
		assertThat(expected).startsWith("M").endsWith("Z");
		assertThat(map.shapes()).singleElement().satisfies((shape) -> {
			assertThat(shape.d()).isEqualTo(expected);
			assertThat(shape.linked()).as("no marker: the shape is the link").isTrue();
			assertThat(shape.label()).isEqualTo("Mongolia: 12 events");
			assertThat(shape.href()).isEqualTo("/places/mongolia");
			assertThat(shape.text().text()).isEqualTo("Mongolia");
		});
		assertThat(map.markers()).extracting(PlaceMap.Marker::id).containsExactly("beijing");
		assertThat(map.placed()).as("Beijing's marker and Mongolia's shape").isEqualTo(2);
		assertThat(map.rows()).extracting(PlaceMap.Row::id, PlaceMap.Row::where)
			.contains(Tuple.tuple("mongolia", "on the map, outlined"));
		// Natural Earth's Mongolia spans 41.6 to 52.12 degrees north, 87.74 to 119.9
		// east.
		double[] box = extent(expected);
		assertThat(box[0]).isBetween(MapFrame.ASIA.project(0, 87).x(), MapFrame.ASIA.project(0, 88).x());
		assertThat(box[2]).isBetween(MapFrame.ASIA.project(0, 119).x(), MapFrame.ASIA.project(0, 121).x());
		assertThat(box[1]).isBetween(MapFrame.ASIA.project(53, 0).y(), MapFrame.ASIA.project(52, 0).y());
		assertThat(box[3]).isBetween(MapFrame.ASIA.project(42, 0).y(), MapFrame.ASIA.project(41, 0).y());
	}

	@Test
	void outlineUnderAMarkerIsDecorativeAndAPlaceOfSeveralFeaturesDrawsThemAll() {
		// A point given here for the test only: data/places.yaml gives Korea none.
		PlaceView korea = outlined("korea", "Korea", 38.0, 127.0, "North Korea", "South Korea");
		PlaceMap map = PlaceMap.of(List.of(korea), Map.of("korea", 7), "/?place=");
		assertThat(map.markers()).extracting(PlaceMap.Marker::id).containsExactly("korea");
		assertThat(map.shapes()).singleElement().satisfies((shape) -> {
			assertThat(shape.linked()).as("the marker is the link; no second tab stop").isFalse();
			assertThat(shape.d())
				.isEqualTo(MapFrame.ASIA.path(Outlines.shipped().rings(DATASET, List.of("North Korea", "South Korea")),
						true, PlaceMap.SHAPE_STEP));
			assertThat(shape.d())
				.contains(
						MapFrame.ASIA.path(Outlines.shipped().rings(DATASET, "North Korea"), true, PlaceMap.SHAPE_STEP))
				.contains(MapFrame.ASIA.path(Outlines.shipped().rings(DATASET, "South Korea"), true,
						PlaceMap.SHAPE_STEP));
		});
		assertThat(map.placed()).isEqualTo(1);
	}

	@Test
	void placesBeyondTheFrameAreListedWithTheirDirectionNotDrawnOffTheEdge() {
		// Cuba's point is given here for the test only; Angola has an outline alone.
		PlaceView cuba = outlined("cuba", "Cuba", 21.5, -80.0, "Cuba");
		PlaceView angola = outlined("angola", "Angola", null, null, "Angola");
		PlaceView zaire = outlined("zaire", "Zaire", null, null, "Dem. Rep. Congo");
		PlaceMap map = PlaceMap.of(List.of(cuba, angola, zaire, PLACES.get(0)),
				Map.of("cuba", 3, "angola", 2, "zaire", 1, "beijing", 1), "/?place=");
		assertThat(map.shapes()).as("Zaire's northern tip crosses the frame's edge, but it lies south").isEmpty();
		assertThat(map.markers()).extracting(PlaceMap.Marker::id).containsExactly("beijing");
		assertThat(map.outside()).extracting(PlaceMap.Row::id, PlaceMap.Row::direction)
			.containsExactly(Tuple.tuple("cuba", "west"), Tuple.tuple("angola", "south"),
					Tuple.tuple("zaire", "south"));
		assertThat(map.placed()).isEqualTo(1);

		LocatorMap locator = LocatorMap.of(List.of(angola), "angola");
		assertThat(locator.world()).isTrue();
		assertThat(locator.shapes()).singleElement().satisfies((shape) -> {
			assertThat(shape.d())
				.isEqualTo(MapFrame.WORLD.path(Outlines.shipped().rings(DATASET, "Angola"), true, 360.0 / 400));
			assertThat(shape.current()).isTrue();
			assertThat(shape.linked()).isTrue();
			assertThat(shape.label()).isEqualTo("Angola, outlined");
		});
		assertThat(locator.markers()).singleElement().satisfies((marker) -> {
			assertThat(marker.linked()).as("a label only: the shape is the link").isFalse();
			assertThat(marker.r()).isNull();
		});
	}

	@Test
	void locatorMapFramesTheOutlineAndHighlightsTheOwnPlace() {
		PlaceView mongolia = outlined("mongolia", "Mongolia", null, null, "Mongolia");
		LocatorMap own = LocatorMap.of(List.of(mongolia), "mongolia");
		assertThat(own.world()).isFalse();
		assertThat(own.shapes()).singleElement().satisfies((shape) -> assertThat(shape.current()).isTrue());
		String[] box = own.viewBox().split(" ");
		double[] extent = extent(own.shapes().get(0).d());
		assertThat(Double.parseDouble(box[0])).isLessThanOrEqualTo(extent[0]);
		assertThat(Double.parseDouble(box[0]) + Double.parseDouble(box[2])).isGreaterThanOrEqualTo(extent[2]);
		assertThat(Double.parseDouble(box[1])).isLessThanOrEqualTo(extent[1]);
		assertThat(Double.parseDouble(box[1]) + Double.parseDouble(box[3])).isGreaterThanOrEqualTo(extent[3]);
		LocatorMap event = LocatorMap.of(List.of(mongolia, PLACES.get(0)));
		assertThat(event.shapes()).singleElement().satisfies((shape) -> assertThat(shape.current()).isFalse());
		assertThat(event.markers()).extracting(LocatorMap.Marker::id, LocatorMap.Marker::linked)
			.containsExactly(Tuple.tuple("mongolia", false), Tuple.tuple("beijing", true));
	}

	private static double[] extent(String d) {
		double[] box = { Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE };
		for (String point : d.split("[MLZ]")) {
			if (point.isBlank()) {
				continue;
			}
			String[] xy = point.trim().split(" ");
			double x = Double.parseDouble(xy[0]);
			double y = Double.parseDouble(xy[1]);
			box[0] = Math.min(box[0], x);
			box[1] = Math.min(box[1], y);
			box[2] = Math.max(box[2], x);
			box[3] = Math.max(box[3], y);
		}
		return box;
	}

	@Test
	void locatorMapWidensToShowFarApartPlacesWithinTheBaseMap() {
		LocatorMap map = LocatorMap.of(List.of(PLACES.get(0), PLACES.get(6)));
		String[] box = map.viewBox().split(" ");
		assertThat(map.markers()).hasSize(2);
		for (LocatorMap.Marker marker : map.markers()) {
			assertThat(Double.parseDouble(marker.x())).isBetween(Double.parseDouble(box[0]),
					Double.parseDouble(box[0]) + Double.parseDouble(box[2]));
		}
		assertThat(Double.parseDouble(box[0])).isGreaterThanOrEqualTo(0);
		assertThat(Double.parseDouble(box[0]) + Double.parseDouble(box[2])).isLessThanOrEqualTo(1000);
	}

	private static boolean overlap(double[] a, double[] b) {
		return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
	}

	static final String DATASET = "natural-earth-50m-countries";

	static PlaceView outlined(String id, String name, Double latitude, Double longitude, String... features) {
		return new PlaceView(id, name, "country", null, List.of(), 1, latitude, longitude,
				(latitude != null) ? List.of(new CitationView("reference-a", "A reference", "infobox")) : List.of(),
				List.of(features), List.of(new CitationView(DATASET, "Admin 0 country boundaries", "feature")));
	}

	static PlaceView place(String id, String name, Double latitude, Double longitude) {
		return new PlaceView(id, name, "city", null, List.of(), 1, latitude, longitude, List.of(), List.of(),
				List.of());
	}

}
