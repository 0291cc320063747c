package org.sinosoviet.timeline.geo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.sinosoviet.timeline.geo.MapProjection.MapPoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The projection the markers use is the one the base map was drawn with.
 */
class MapProjectionTests {

	static final Path BASE = Path.of("src/main/resources/static", MapProjection.BASE);

	@Test
	void agreesWithTheFrameWrittenOnTheBaseMap() throws IOException {
		String svg = Files.readString(BASE, StandardCharsets.UTF_8);
		String root = svg.substring(0, svg.indexOf('>'));
		assertThat(attribute(root, "viewBox")).isEqualTo("0 0 1000 " + number(MapProjection.HEIGHT));
		assertThat(Double.parseDouble(attribute(root, "data-west"))).isEqualTo(MapProjection.WEST);
		assertThat(Double.parseDouble(attribute(root, "data-east"))).isEqualTo(MapProjection.EAST);
		assertThat(Double.parseDouble(attribute(root, "data-north"))).isEqualTo(MapProjection.NORTH);
		assertThat(Double.parseDouble(attribute(root, "data-south"))).isEqualTo(MapProjection.SOUTH);
		assertThat(Double.parseDouble(attribute(root, "data-phi0"))).isEqualTo(MapProjection.PHI0);
	}

	@Test
	void putsTheFramesCornersAtTheDrawingsCorners() {
		MapPoint northWest = MapProjection.project(MapProjection.NORTH, MapProjection.WEST);
		MapPoint southEast = MapProjection.project(MapProjection.SOUTH, MapProjection.EAST);
		assertThat(northWest.x()).isZero();
		assertThat(northWest.y()).isZero();
		assertThat(southEast.x()).isCloseTo(MapProjection.WIDTH, within(1e-9));
		assertThat(southEast.y()).isCloseTo(MapProjection.HEIGHT, within(0.05));
	}

	@Test
	void keepsDistancesTrueAlongTheStandardParallel() {
		// At 40° N a degree of longitude is cos(40°) of a degree of latitude, on the
		// ground
		// and on the map.
		MapPoint a = MapProjection.project(40, 100);
		MapPoint b = MapProjection.project(40, 101);
		MapPoint c = MapProjection.project(41, 100);
		assertThat((b.x() - a.x()) / (a.y() - c.y())).isCloseTo(Math.cos(Math.toRadians(40)), within(1e-12));
	}

	@Test
	void knowsWhatLiesOutsideTheFrame() {
		assertThat(MapProjection.inFrame(46.48556, 133.84444)).as("Zhenbao Island").isTrue();
		assertThat(MapProjection.inFrame(38.9, -77.0)).as("Washington").isFalse();
		assertThat(MapProjection.inFrame(-6.9, 107.6)).as("Bandung, south of the frame").isFalse();
	}

	private static String attribute(String element, String name) {
		Matcher matcher = Pattern.compile("\\s" + name + "=\"([^\"]*)\"").matcher(element);
		assertThat(matcher.find()).as("attribute %s on %s", name, element).isTrue();
		return matcher.group(1);
	}

	private static String number(double value) {
		return (value == Math.rint(value)) ? String.valueOf((long) value) : String.valueOf(value);
	}

}
