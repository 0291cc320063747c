package org.sinosoviet.timeline.event;

import java.util.List;

import org.sinosoviet.timeline.geo.MapFrame;
import org.sinosoviet.timeline.geo.MapProjection.MapPoint;
import org.sinosoviet.timeline.geo.Outlines;
import org.sinosoviet.timeline.taxonomy.PlaceView;

/**
 * Where a place falls on a map: its point, its outline's rings, and what of them lies in
 * the frame. Computed from the view for each drawing; the rings are shared.
 *
 * @param place the place
 * @param rings its outline's rings of {@code [longitude, latitude]}, none without one
 */
record PlaceShape(PlaceView place, List<double[][]> rings) {

	static PlaceShape of(PlaceView place) {
		return new PlaceShape(place,
				place.outlined() ? Outlines.shipped().rings(place.outlineDataset(), place.outline()) : List.of());
	}

	boolean outlined() {
		return !this.rings.isEmpty();
	}

	boolean pointIn(MapFrame frame) {
		return this.place.placed() && frame.inFrame(this.place.latitude(), this.place.longitude());
	}

	/**
	 * Whether the outline's middle lies in the frame: a shape mostly beyond it (Zaire
	 * reaches 5.3 degrees north, over the frame's southern edge) would be a sliver cut
	 * off at the edge, so it is listed as outside instead.
	 */
	boolean shapeIn(MapFrame frame) {
		if (!outlined()) {
			return false;
		}
		double[] box = extent(MapFrame.WORLD);
		return frame.inFrame(MapFrame.WORLD.north() - (box[1] + box[3]) / 2,
				MapFrame.WORLD.west() + (box[0] + box[2]) / 2);
	}

	boolean in(MapFrame frame) {
		return pointIn(frame) || shapeIn(frame);
	}

	/** Whether it can be drawn anywhere at all. */
	boolean located() {
		return this.place.placed() || outlined();
	}

	/**
	 * The outline's extent on a map: {@code [minX, minY, maxX, maxY]}.
	 */
	double[] extent(MapFrame frame) {
		double[] box = { Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE };
		for (double[][] ring : this.rings) {
			for (double[] point : ring) {
				MapPoint p = frame.project(point[1], point[0]);
				box[0] = Math.min(box[0], p.x());
				box[1] = Math.min(box[1], p.y());
				box[2] = Math.max(box[2], p.x());
				box[3] = Math.max(box[3], p.y());
			}
		}
		return box;
	}

	/** Where the place is anchored: its point, or else the middle of its outline. */
	MapPoint anchor(MapFrame frame) {
		if (this.place.placed()) {
			return frame.project(this.place.latitude(), this.place.longitude());
		}
		double[] box = extent(frame);
		return new MapPoint((box[0] + box[2]) / 2, (box[1] + box[3]) / 2);
	}

	/**
	 * Which way it lies from a frame it is not in, by its point or its outline's middle.
	 */
	String direction(MapFrame frame) {
		if (this.place.placed()) {
			return frame.direction(this.place.latitude(), this.place.longitude());
		}
		double[] box = extent(MapFrame.WORLD);
		MapPoint middle = new MapPoint((box[0] + box[2]) / 2, (box[1] + box[3]) / 2);
		return frame.direction(MapFrame.WORLD.north() - middle.y(), MapFrame.WORLD.west() + middle.x());
	}

	String path(MapFrame frame, double step) {
		return frame.path(this.rings, true, step);
	}

}
