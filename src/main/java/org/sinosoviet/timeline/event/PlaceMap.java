package org.sinosoviet.timeline.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.sinosoviet.timeline.geo.MapFrame;
import org.sinosoviet.timeline.geo.MapProjection;
import org.sinosoviet.timeline.geo.MapProjection.MapPoint;
import org.sinosoviet.timeline.source.CitationView;
import org.sinosoviet.timeline.taxonomy.PlaceView;

/**
 * The map of places on {@code /places}: a marker for each placed place with events that
 * match the filter, sized by their number, and a table of every place (placed or not)
 * that says the same for readers of the text and of the page without pictures.
 *
 * @param width the drawing's width in SVG units
 * @param height the drawing's height in SVG units
 * @param base the address of the base map
 * @param shapes the outlined places' shapes, drawn under the markers
 * @param markers the markers, most events first
 * @param rows every place with matching events, in list order
 * @param placed how many of the rows are on the map
 * @param outside the rows of places that lie beyond the map's frame
 */
record PlaceMap(String width, String height, String base, List<Shape> shapes, List<Marker> markers, List<Row> rows,
		int placed, List<Row> outside) {

	/**
	 * A label's box: the text is 11 units, and its line (with ascenders and descenders)
	 * about 14; a character of the sans-serif font is about this wide on average, with
	 * some room for capitals.
	 */
	static final double CHARACTER_WIDTH = 6.6;

	static final double LABEL_HEIGHT = 14;

	/**
	 * The map for some places.
	 * @param places every place, with coordinates or none
	 * @param counts matching events by place id
	 * @param timeline the timeline address for a place's events: the place id is appended
	 * @return the map
	 */
	static PlaceMap of(List<PlaceView> places, Map<String, Integer> counts, String timeline) {
		List<Row> rows = new ArrayList<>();
		List<Row> outside = new ArrayList<>();
		List<PlaceView> drawn = new ArrayList<>();
		List<Shape> shapes = new ArrayList<>();
		List<PlaceShape> unmarked = new ArrayList<>();
		for (PlaceView place : places) {
			int events = counts.getOrDefault(place.id(), 0);
			if (events == 0) {
				continue;
			}
			PlaceShape shape = PlaceShape.of(place);
			boolean marked = shape.pointIn(MapFrame.ASIA);
			if (marked) {
				drawn.add(place);
			}
			String label = place.name() + ": " + events + ((events == 1) ? " event" : " events");
			if (shape.shapeIn(MapFrame.ASIA)) {
				// Under a marker the shape is decorative, the marker the link; alone it
				// is the link, labelled below once the markers' labels are placed.
				shapes.add(new Shape(place.id(), "/places/" + place.id(), label, shape.path(MapFrame.ASIA, SHAPE_STEP),
						!marked, null, false));
				if (!marked) {
					unmarked.add(shape);
				}
			}
			boolean onMap = shape.in(MapFrame.ASIA);
			String direction = (!onMap && shape.located()) ? shape.direction(MapFrame.ASIA) : null;
			Row row = new Row(place.id(), place.name(), place.kind(), "/places/" + place.id(), events,
					timeline + place.id(), place.displayCoordinates(), place.coordinatesSource(),
					onMap ? (shape.outlined() ? "on the map, outlined" : "on the map")
							: (direction != null) ? "outside this map, to the " + direction : "not placed yet",
					direction, place.outlineSource());
			rows.add(row);
			if (direction != null) {
				outside.add(row);
			}
		}
		drawn
			.sort(Comparator.comparingInt((PlaceView place) -> -counts.get(place.id())).thenComparing(PlaceView::name));
		List<Marker> markers = new ArrayList<>();
		// Every marker is an obstacle for every label but its own.
		List<Box> taken = new ArrayList<>();
		for (PlaceView place : drawn) {
			MapPoint point = MapProjection.project(place.latitude(), place.longitude());
			double r = radius(counts.get(place.id()));
			taken.add(new Box(place.id(), point.x() - r, point.y() - r, point.x() + r, point.y() + r));
		}
		for (PlaceView place : drawn) {
			int events = counts.get(place.id());
			MapPoint point = MapProjection.project(place.latitude(), place.longitude());
			double r = radius(events);
			String label = place.name() + ": " + events + ((events == 1) ? " event" : " events");
			Label text = label(place.id(), shortName(place.name()), point, r, taken, false);
			markers.add(new Marker(place.id(), "/places/" + place.id(), label, number(point.x()), number(point.y()),
					number(r), text));
		}
		// A shape without a marker is labelled at its middle, or beside it, where there
		// is
		// room left.
		for (PlaceShape shape : unmarked) {
			Label text = label(shape.place().id(), shortName(shape.place().name()), shape.anchor(MapFrame.ASIA), 0,
					taken, true);
			shapes.replaceAll((drawnShape) -> drawnShape.id().equals(shape.place().id()) ? new Shape(drawnShape.id(),
					drawnShape.href(), drawnShape.label(), drawnShape.d(), true, text, false) : drawnShape);
		}
		// The shapes alone are links too; drawn large to small, so a small one stays on
		// top.
		shapes.sort(Comparator.comparingInt((Shape shape) -> -shape.d().length()));
		int linkedShapes = (int) shapes.stream().filter(Shape::linked).count();
		return new PlaceMap(number(MapProjection.WIDTH), number(MapProjection.HEIGHT), MapProjection.BASE, shapes,
				markers, rows, drawn.size() + linkedShapes, outside);
	}

	/**
	 * Area grows with the number of events, within bounds a finger can hit and a city
	 * fits.
	 */
	static double radius(int events) {
		return Math.min(16, 4 + 1.6 * Math.sqrt(events));
	}

	/**
	 * A label to the right of the marker, or else to its left (for a shape, first centred
	 * on its middle), where it covers no other label or marker; none if none fits.
	 * Markers with the most events choose first, then the shapes.
	 */
	private static Label label(String owner, String text, MapPoint point, double r, List<Box> taken, boolean centred) {
		double width = text.length() * CHARACTER_WIDTH;
		double top = point.y() - LABEL_HEIGHT / 2;
		Box right = new Box(owner, point.x() + r + 2, top, point.x() + r + 2 + width, top + LABEL_HEIGHT);
		Box left = new Box(owner, point.x() - r - 2 - width, top, point.x() - r - 2, top + LABEL_HEIGHT);
		Box centre = new Box(owner, point.x() - width / 2, top, point.x() + width / 2, top + LABEL_HEIGHT);
		for (Box box : centred ? List.of(centre, right, left) : List.of(right, left)) {
			if (box.x1() >= 0 && box.x2() <= MapProjection.WIDTH
					&& taken.stream().noneMatch((other) -> box.overlaps(other))) {
				taken.add(box);
				String anchor = (box == centre) ? "middle" : (box == right) ? "start" : "end";
				double x = (box == centre) ? point.x() : (box == right) ? box.x1() : box.x2();
				return new Label(text, number(x), number(point.y() + 4), anchor);
			}
		}
		return null;
	}

	/**
	 * The shapes' points are thinned to this many units apart, about a pixel at the map's
	 * width, as the base map's are.
	 */
	static final double SHAPE_STEP = 0.9;

	/** A marker's or label's extent, in SVG units. */
	private record Box(String owner, double x1, double y1, double x2, double y2) {

		boolean overlaps(Box other) {
			return !this.owner.equals(other.owner) && this.x1 < other.x2 && other.x1 < this.x2 && this.y1 < other.y2
					&& other.y1 < this.y2;
		}

	}

	/**
	 * "Zhenbao Island (Damansky Island)" is labelled "Zhenbao Island": the table gives
	 * the rest.
	 */
	static String shortName(String name) {
		int bracket = name.indexOf(" (");
		return (bracket > 0) ? name.substring(0, bracket) : name;
	}

	static String number(double value) {
		return String.format(Locale.ROOT, "%.1f", value);
	}

	/**
	 * A place's marker.
	 *
	 * @param id the place id
	 * @param href its page
	 * @param label its accessible name: the name and the number of events
	 * @param x the centre, in SVG units
	 * @param y the centre, in SVG units
	 * @param r the radius
	 * @param text its visible label, or {@code null} where there was no room
	 */
	record Marker(String id, String href, String label, String x, String y, String r, Label text) {

	}

	/**
	 * A marker's visible label.
	 *
	 * @param text the short name
	 * @param x where it is anchored
	 * @param y its baseline
	 * @param anchor {@code start} (to the right of the marker) or {@code end} (to its
	 * left)
	 */
	record Label(String text, String x, String y, String anchor) {

	}

	/**
	 * An outlined place's shape.
	 *
	 * @param id the place id
	 * @param href its page
	 * @param label its accessible name, when the shape is the link
	 * @param d the SVG path
	 * @param linked whether it is the place's link (it has no marker), or else decorative
	 * @param text its visible label when linked, or {@code null}
	 * @param current whether it is the place of the page it is shown on
	 */
	record Shape(String id, String href, String label, String d, boolean linked, Label text, boolean current) {

	}

	/**
	 * A place in the table.
	 *
	 * @param id the place id
	 * @param name the name
	 * @param kind city, island...
	 * @param href its page
	 * @param events how many matching events it has
	 * @param eventsHref the timeline of those events
	 * @param coordinates its coordinates for readers, or {@code null}
	 * @param citations the source of the coordinates
	 * @param where on the map, outside this map (and which way), or not placed yet
	 * @param direction which way it lies beyond the map, or {@code null}
	 * @param outlineCitations the source of its outline, if it has one
	 */
	record Row(String id, String name, String kind, String href, int events, String eventsHref, String coordinates,
			List<CitationView> citations, String where, String direction, List<CitationView> outlineCitations) {

	}

}
