package org.sinosoviet.timeline.event;

import java.util.List;

import org.sinosoviet.timeline.geo.MapProjection;
import org.sinosoviet.timeline.geo.MapProjection.MapPoint;
import org.sinosoviet.timeline.taxonomy.PlaceView;

import static org.sinosoviet.timeline.event.PlaceMap.number;

/**
 * The small map on a place's or an event's page: the base map zoomed to its places, each
 * marked and named. The base map is an image the browser caches, so a locator map costs a
 * page little more than its markers.
 *
 * @param viewBox the window onto the base map, in its units
 * @param base the address of the base map
 * @param width the base map's width
 * @param height the base map's height
 * @param markers the places on the map
 * @param unplaced the places a source has not placed yet, or that lie beyond the map
 * @param fontSize the labels' size, in units of the window
 * @param halo the width of the white outline that keeps labels legible on the outlines
 */
record LocatorMap(String viewBox, String base, String width, String height, List<Marker> markers,
		List<PlaceView> unplaced, String fontSize, String halo) {

	/** The narrowest window, in SVG units (about 36 degrees of longitude). */
	static final double MIN_WIDTH = 200;

	/** Width to height. */
	static final double ASPECT = 1.6;

	/**
	 * The locator map for some places.
	 * @param places the places
	 * @return the map, or {@code null} if none of them can be drawn on it
	 */
	static LocatorMap of(List<PlaceView> places) {
		List<PlaceView> drawn = places.stream()
			.filter((place) -> place.placed() && MapProjection.inFrame(place.latitude(), place.longitude()))
			.toList();
		if (drawn.isEmpty()) {
			return null;
		}
		List<MapPoint> points = drawn.stream()
			.map((place) -> MapProjection.project(place.latitude(), place.longitude()))
			.toList();
		double minX = points.stream().mapToDouble(MapPoint::x).min().orElseThrow();
		double maxX = points.stream().mapToDouble(MapPoint::x).max().orElseThrow();
		double minY = points.stream().mapToDouble(MapPoint::y).min().orElseThrow();
		double maxY = points.stream().mapToDouble(MapPoint::y).max().orElseThrow();
		double width = Math.min(MapProjection.WIDTH,
				Math.max(MIN_WIDTH, Math.max(maxX - minX, (maxY - minY) * ASPECT) * 1.4));
		double height = Math.min(width / ASPECT, MapProjection.HEIGHT);
		double x = clamp((minX + maxX) / 2 - width / 2, MapProjection.WIDTH - width);
		double y = clamp((minY + maxY) / 2 - height / 2, MapProjection.HEIGHT - height);
		double r = width / 55;
		List<Marker> markers = drawn.stream().map((place) -> {
			MapPoint point = MapProjection.project(place.latitude(), place.longitude());
			boolean left = point.x() > x + width * 0.7;
			return new Marker(place.id(), "/places/" + place.id(), place.name() + ", " + place.displayCoordinates(),
					number(point.x()), number(point.y()), number(r), PlaceMap.shortName(place.name()),
					number(point.x() + (left ? -1.6 : 1.6) * r), number(point.y() + r), left ? "end" : "start");
		}).toList();
		List<PlaceView> unplaced = places.stream().filter((place) -> !drawn.contains(place)).toList();
		return new LocatorMap(number(x) + " " + number(y) + " " + number(width) + " " + number(height),
				MapProjection.BASE, number(MapProjection.WIDTH), number(MapProjection.HEIGHT), markers, unplaced,
				number(width / 34), number(width / 130));
	}

	private static double clamp(double value, double max) {
		return Math.max(0, Math.min(value, max));
	}

	/**
	 * A place on the locator map.
	 *
	 * @param id the place id
	 * @param href its page
	 * @param label its accessible name, with its coordinates
	 * @param x the centre
	 * @param y the centre
	 * @param r the radius
	 * @param text its visible label
	 * @param textX where the label is anchored
	 * @param textY the label's baseline
	 * @param anchor {@code start} or {@code end}
	 */
	record Marker(String id, String href, String label, String x, String y, String r, String text, String textX,
			String textY, String anchor) {

	}

}
