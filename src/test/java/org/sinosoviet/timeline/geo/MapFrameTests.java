package org.sinosoviet.timeline.geo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The two base maps' frames, the paths drawn on them, and the shipped outlines.
 */
class MapFrameTests {

	@Test
	void asiaFrameIsTheBaseMapsProjection() {
		MapProjection.MapPoint expected = MapProjection.project(46.48556, 133.84444);
		MapProjection.MapPoint actual = MapFrame.ASIA.project(46.48556, 133.84444);
		assertThat(actual.x()).isCloseTo(expected.x(), within(1e-9));
		assertThat(actual.y()).isCloseTo(expected.y(), within(1e-9));
		assertThat(MapFrame.ASIA.width()).isCloseTo(MapProjection.WIDTH, within(1e-9));
	}

	@Test
	void worldFrameAgreesWithTheFrameWrittenOnTheWorldMap() throws IOException {
		String svg = Files.readString(Path.of("src/main/resources/static", MapFrame.WORLD.base()),
				StandardCharsets.UTF_8);
		String root = svg.substring(0, svg.indexOf('>'));
		assertThat(root).contains("viewBox=\"0 0 360 144\"", "data-west=\"-180\"", "data-east=\"180\"",
				"data-north=\"84\"", "data-south=\"-60\"");
		assertThat(MapFrame.WORLD.width()).isEqualTo(360);
		assertThat(MapFrame.WORLD.height()).isEqualTo(144);
		assertThat(MapFrame.WORLD.project(84, -180)).isEqualTo(new MapProjection.MapPoint(0, 0));
		assertThat(MapFrame.WORLD.project(-60, 180)).isEqualTo(new MapProjection.MapPoint(360, 144));
	}

	@Test
	void pathsProjectLongitudeAndLatitudeAndDropPointsCloserThanAStep() {
		double[][] square = { { 0, 84 }, { 10, 84 }, { 10.1, 84 }, { 10, 74 }, { 0, 74 }, { 0, 84 } };
		assertThat(MapFrame.WORLD.path(List.<double[][]>of(square), true, 0))
			.isEqualTo("M180.0 0.0L190.0 0.0L190.1 0.0L190.0 10.0L180.0 10.0L180.0 0.0Z");
		assertThat(MapFrame.WORLD.path(List.<double[][]>of(square), true, 1)).as("the point 0.1 units on is dropped")
			.isEqualTo("M180.0 0.0L190.0 0.0L190.0 10.0L180.0 10.0L180.0 0.0Z");
		assertThat(MapFrame.WORLD.path(List.<double[][]>of(square), false, 1)).doesNotEndWith("Z");
		double[][] speck = { { 0, 0 }, { 0.01, 0 }, { 0, 0.01 }, { 0, 0 } };
		assertThat(MapFrame.WORLD.path(List.<double[][]>of(speck), true, 1)).as("too small to see").isEmpty();
	}

	@Test
	void saysWhichWayAPointLiesBeyondTheFrame() {
		assertThat(MapFrame.ASIA.direction(21.5, -80)).as("Cuba").isEqualTo("west");
		assertThat(MapFrame.ASIA.direction(-12.5, 18.5)).as("Angola").isEqualTo("south");
		assertThat(MapFrame.ASIA.direction(-35, -60)).isEqualTo("south-west");
		assertThat(MapFrame.ASIA.direction(39.9, 116.3)).as("Beijing, inside").isNull();
	}

	@Test
	void shipsTheOutlinesThePlacesName() {
		Outlines outlines = Outlines.shipped();
		assertThat(outlines.datasets()).containsExactly("natural-earth-50m-countries");
		assertThat(outlines.features("natural-earth-50m-countries")).contains("Mongolia", "North Korea", "South Korea",
				"Taiwan", "Cuba", "Angola", "Dem. Rep. Congo");
		assertThat(outlines.rings("natural-earth-50m-countries", "Mongolia")).singleElement()
			.satisfies((ring) -> assertThat(ring.length).isGreaterThan(100));
		assertThat(outlines.rings("natural-earth-50m-countries", "Atlantis")).isEmpty();
		assertThat(outlines.features("no-such-dataset")).isEmpty();
	}

}
