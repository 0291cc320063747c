package org.sinosoviet.timeline.event;

import java.util.ArrayList;
import java.util.List;

import org.sinosoviet.timeline.geo.MapFrame;
import org.sinosoviet.timeline.geo.MapProjection.MapPoint;
import org.sinosoviet.timeline.taxonomy.PlaceView;

import static org.sinosoviet.timeline.event.PlaceMap.number;

/**
 * The small map on a place's or an event's page: the base map zoomed to its places, each
 * marked and named, outlined places shaded. The base map is an image the browser caches,
 * so a locator map costs a page little more than its markers and shapes. Places that lie
 * wholly beyond the map of Europe and Asia get the small world map instead.
 *
 * @param viewBox the window onto the base map, in its units
 * @param base the address of the base map
 * @param width the base map's width
 * @param height the base map's height
 * @param world whether it is the world map
 * @param shapes the outlined places' shapes, under the markers
 * @param markers the places on the map
 * @param unplaced the places a source has not placed yet, or that lie beyond the map
 * @param fontSize the labels' size, in units of the window
 * @param halo the width of the white outline that keeps labels legible on the outlines
 */
record LocatorMap(String viewBox, String base, String width, String height, boolean world, List<PlaceMap.Shape> shapes,
		List<Marker> markers, List<PlaceView> unplaced, String fontSize, String halo) {

	/**
	 * The narrowest window onto the map of Asia, in SVG units (about 36 degrees of
	 * longitude).
	 */
	static final double MIN_WIDTH = 200;

	/** Width to height. */
	static final double ASPECT = 1.6;

	/**
	 * The locator map for some places.
	 * @param places the places
	 * @return the map, or {@code null} if none of them can be drawn on it
	 */
	static LocatorMap of(List<PlaceView> places) {
		return of(places, null);
	}

	/**
	 * The locator map for some places, one of them the page's own.
	 * @param places the places
	 * @param current the id of the page's place, whose outline is highlighted, or
	 * {@code null}
	 * @return the map, or {@code null} if none of them can be drawn on it
	 */
	static LocatorMap of(List<PlaceView> places, String current) {
		List<PlaceShape> all = places.stream().map(PlaceShape::of).toList();
		MapFrame frame = MapFrame.ASIA;
		List<PlaceShape> drawn = all.stream().filter((shape) -> shape.in(MapFrame.ASIA)).toList();
		if (drawn.isEmpty()) {
			frame = MapFrame.WORLD;
			drawn = all.stream().filter(PlaceShape::located).toList();
		}
		if (drawn.isEmpty()) {
			return null;
		}
		double minX = Double.MAX_VALUE;
		double minY = Double.MAX_VALUE;
		double maxX = -Double.MAX_VALUE;
		double maxY = -Double.MAX_VALUE;
		for (PlaceShape shape : drawn) {
			if (shape.pointIn(frame)) {
				MapPoint point = shape.anchor(frame);
				minX = Math.min(minX, point.x());
				maxX = Math.max(maxX, point.x());
				minY = Math.min(minY, point.y());
				maxY = Math.max(maxY, point.y());
			}
			if (shape.outlined()) {
				double[] box = shape.extent(frame);
				minX = Math.min(minX, box[0]);
				minY = Math.min(minY, box[1]);
				maxX = Math.max(maxX, box[2]);
				maxY = Math.max(maxY, box[3]);
			}
		}
		double width;
		double height;
		double x;
		double y;
		if (frame == MapFrame.WORLD) {
			// The whole world, small: where on it is the point of this map.
			width = frame.width();
			height = frame.height();
			x = 0;
			y = 0;
		}
		else {
			width = Math.min(frame.width(), Math.max(MIN_WIDTH, Math.max(maxX - minX, (maxY - minY) * ASPECT) * 1.4));
			height = Math.min(width / ASPECT, frame.height());
			x = clamp((minX + maxX) / 2 - width / 2, frame.width() - width);
			y = clamp((minY + maxY) / 2 - height / 2, frame.height() - height);
		}
		double r = width / 55;
		List<PlaceMap.Shape> shapes = new ArrayList<>();
		List<Marker> markers = new ArrayList<>();
		for (PlaceShape shape : drawn) {
			PlaceView place = shape.place();
			boolean marked = shape.pointIn(frame);
			String label = place.name() + (place.placed() ? ", " + place.displayCoordinates() : ", outlined");
			if (shape.outlined()) {
				shapes.add(new PlaceMap.Shape(place.id(), "/places/" + place.id(), label,
						shape.path(frame, width / 400), !marked, null, place.id().equals(current)));
			}
			// A marker at the point; for an outline alone, a label at its middle, or
			// beside it on the world map, where the shapes are small.
			MapPoint point = shape.anchor(frame);
			boolean left = point.x() > x + width * 0.7;
			boolean beside = marked || frame == MapFrame.WORLD;
			double offset = marked ? 1.6 * r
					: (frame == MapFrame.WORLD) ? (shape.extent(frame)[2] - shape.extent(frame)[0]) / 2 + r / 2 : 0;
			markers.add(new Marker(place.id(), "/places/" + place.id(), label, number(point.x()), number(point.y()),
					marked ? number(r) : null, PlaceMap.shortName(place.name()),
					number(point.x() + (left ? -offset : offset)), number(point.y() + (beside ? r : r / 2)),
					beside ? (left ? "end" : "start") : "middle", marked));
		}
		// Shapes large to small, so that a small one stays on top.
		shapes.sort((a, b) -> Integer.compare(b.d().length(), a.d().length()));
		List<PlaceShape> finalDrawn = drawn;
		List<PlaceView> unplaced = all.stream()
			.filter((shape) -> !finalDrawn.contains(shape))
			.map(PlaceShape::place)
			.toList();
		return new LocatorMap(number(x) + " " + number(y) + " " + number(width) + " " + number(height), frame.base(),
				number(frame.width()), number(frame.height()), frame == MapFrame.WORLD, shapes, markers, unplaced,
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
	 * @param r the radius, or {@code null} for an outline without a point, whose shape is
	 * the link
	 * @param text its visible label
	 * @param textX where the label is anchored
	 * @param textY the label's baseline
	 * @param anchor {@code start}, {@code end} or {@code middle}
	 * @param linked whether the marker is the place's link (or else its shape is)
	 */
	record Marker(String id, String href, String label, String x, String y, String r, String text, String textX,
			String textY, String anchor, boolean linked) {

	}

}
