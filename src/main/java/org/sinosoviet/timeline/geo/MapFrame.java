package org.sinosoviet.timeline.geo;

import java.util.Locale;

/**
 * One of the two base maps with its projection: {@link #ASIA}, the map of Europe and Asia
 * that {@link MapProjection} describes, and {@link #WORLD}, the small world map for
 * places beyond it, plate carree from 180 W to 180 E and 84 N to 60 S, a degree a unit.
 * {@code src/map/build-map.mjs} draws both with these numbers and writes them on the SVG.
 *
 * @param west the frame's western edge, in degrees
 * @param east its eastern edge
 * @param north its northern edge
 * @param south its southern edge
 * @param xScale SVG units per degree of longitude
 * @param yScale SVG units per degree of latitude
 * @param height the frame's height in SVG units, as the base map rounds it
 * @param base where the base map is served
 */
public record MapFrame(double west, double east, double north, double south, double xScale, double yScale,
		double height, String base) {

	public static final MapFrame ASIA = new MapFrame(MapProjection.WEST, MapProjection.EAST, MapProjection.NORTH,
			MapProjection.SOUTH, MapProjection.WIDTH / (MapProjection.EAST - MapProjection.WEST), MapProjection.SCALE,
			MapProjection.HEIGHT, MapProjection.BASE);

	public static final MapFrame WORLD = new MapFrame(-180, 180, 84, -60, 1, 1, 144, "/map/world.svg");

	/**
	 * The frame's width in SVG units.
	 * @return the width
	 */
	public double width() {
		return (this.east - this.west) * this.xScale;
	}

	/**
	 * Where a point falls on this map.
	 * @param latitude decimal degrees, north positive
	 * @param longitude decimal degrees, east positive
	 * @return its position in SVG units
	 */
	public MapProjection.MapPoint project(double latitude, double longitude) {
		return new MapProjection.MapPoint((longitude - this.west) * this.xScale, (this.north - latitude) * this.yScale);
	}

	/**
	 * Whether a point falls inside the frame.
	 * @param latitude decimal degrees, north positive
	 * @param longitude decimal degrees, east positive
	 * @return whether it can be drawn
	 */
	public boolean inFrame(double latitude, double longitude) {
		return latitude >= this.south && latitude <= this.north && longitude >= this.west && longitude <= this.east;
	}

	/**
	 * Which way a point lies from the frame, for readers: "west", "south-west"...
	 * @param latitude decimal degrees, north positive
	 * @param longitude decimal degrees, east positive
	 * @return the direction, or {@code null} inside the frame
	 */
	public String direction(double latitude, double longitude) {
		String northSouth = (latitude > this.north) ? "north" : (latitude < this.south) ? "south" : "";
		String eastWest = (longitude < this.west) ? "west" : (longitude > this.east) ? "east" : "";
		if (northSouth.isEmpty() && eastWest.isEmpty()) {
			return null;
		}
		return (northSouth.isEmpty() || eastWest.isEmpty()) ? northSouth + eastWest : northSouth + "-" + eastWest;
	}

	/**
	 * An SVG path through longitude and latitude points projected onto this map, with one
	 * decimal: the units are about a pixel at the page's width.
	 * @param rings each ring or line, as {@code [longitude, latitude]} pairs
	 * @param close whether the rings are areas ({@code Z}) or lines
	 * @param step the least distance between two points kept, in SVG units: closer points
	 * are dropped, as the eye cannot tell them apart at the size the map is shown
	 * @return the path data
	 */
	public String path(Iterable<double[][]> rings, boolean close, double step) {
		StringBuilder d = new StringBuilder();
		for (double[][] ring : rings) {
			double lastX = Double.NaN;
			double lastY = Double.NaN;
			int kept = 0;
			StringBuilder part = new StringBuilder();
			for (int i = 0; i < ring.length; i++) {
				MapProjection.MapPoint point = project(ring[i][1], ring[i][0]);
				if (kept > 0 && i < ring.length - 1 && Math.hypot(point.x() - lastX, point.y() - lastY) < step) {
					continue;
				}
				part.append((kept == 0) ? 'M' : 'L')
					.append(String.format(Locale.ROOT, "%.1f %.1f", point.x(), point.y()));
				lastX = point.x();
				lastY = point.y();
				kept++;
			}
			// A ring thinned to less than a triangle is too small to see.
			if (kept > 3 || (!close && kept >= 2)) {
				d.append(part).append(close ? "Z" : "");
			}
		}
		return d.toString();
	}

}
