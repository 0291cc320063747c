package org.sinosoviet.timeline.taxonomy;

/**
 * The year labels of an axis drawn in SVG user units, on the periods page and in the
 * timeline's overview alike: how wide one is, and where it is anchored so that a label at
 * either edge of the drawing is not cut in half.
 */
public final class YearLabels {

	/**
	 * A year label's width in user units: four digits at the bold 10-unit size, with
	 * room.
	 */
	public static final double WIDTH = 28;

	private YearLabels() {
	}

	/**
	 * Where a year label is anchored.
	 * @param x the year's position
	 * @param drawingWidth the drawing's width
	 * @return {@code start} at the left edge, {@code end} at the right, else
	 * {@code middle}
	 */
	public static String anchor(double x, double drawingWidth) {
		return (x < WIDTH / 2) ? "start" : (x > drawingWidth - WIDTH / 2) ? "end" : "middle";
	}

}
