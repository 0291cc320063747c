package org.sinosoviet.timeline.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
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
			.contains(Tuple.tuple("washington", "outside this map"), Tuple.tuple("xinjiang", "not placed yet"))
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
		assertThat(LocatorMap.of(List.of(PLACES.get(4), PLACES.get(5)))).as("nothing to draw").isNull();
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

	static PlaceView place(String id, String name, Double latitude, Double longitude) {
		return new PlaceView(id, name, "city", null, List.of(), 1, latitude, longitude, List.of());
	}

}
