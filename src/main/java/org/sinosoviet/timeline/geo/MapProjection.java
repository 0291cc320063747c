package org.sinosoviet.timeline.geo;

/**
 * The projection of the base map {@code /map/asia.svg}: equirectangular with a standard
 * parallel, {@code x = (lon - WEST) * cos(PHI0) * SCALE} and
 * {@code y = (NORTH - lat) * SCALE}, where {@code SCALE} makes the frame {@link #WIDTH}
 * units wide. {@code src/map/build-map.mjs} draws the base map with the same numbers (and
 * writes them on the SVG, which {@code MapProjectionTests} compares), so a marker placed
 * here lands on the right spot of the outlines. Simple enough to check by hand: a degree
 * of latitude is {@link #SCALE} units everywhere.
 */
public final class MapProjection {

	/** The frame, in degrees. */
	public static final double WEST = 0;

	public static final double EAST = 180;

	public static final double NORTH = 78;

	public static final double SOUTH = 5;

	/** The standard parallel, where the map keeps its true shape. */
	public static final double PHI0 = 40;

	/** The frame's width in SVG units. */
	public static final double WIDTH = 1000;

	private static final double K = Math.cos(Math.toRadians(PHI0));

	/** SVG units per degree of latitude. */
	public static final double SCALE = WIDTH / ((EAST - WEST) * K);

	/** The frame's height in SVG units, rounded as the base map rounds it. */
	public static final double HEIGHT = Math.round((NORTH - SOUTH) * SCALE * 10) / 10.0;

	/** Where the base map is served. */
	public static final String BASE = "/map/asia.svg";

	private MapProjection() {
	}

	/**
	 * Where a point falls on the map.
	 * @param latitude decimal degrees, north positive
	 * @param longitude decimal degrees, east positive
	 * @return its position in SVG units
	 */
	public static MapPoint project(double latitude, double longitude) {
		return MapFrame.ASIA.project(latitude, longitude);
	}

	/**
	 * Whether a point falls inside the map's frame.
	 * @param latitude decimal degrees, north positive
	 * @param longitude decimal degrees, east positive
	 * @return whether it can be drawn
	 */
	public static boolean inFrame(double latitude, double longitude) {
		return MapFrame.ASIA.inFrame(latitude, longitude);
	}

	/**
	 * A point on the map, in SVG units.
	 *
	 * @param x from the west edge
	 * @param y from the north edge
	 */
	public record MapPoint(double x, double y) {

	}

}
