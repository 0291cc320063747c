package org.sinosoviet.timeline.event;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sinosoviet.timeline.geo.MapFrame;
import org.sinosoviet.timeline.geo.Outlines;
import org.sinosoviet.timeline.source.SourceService;
import org.sinosoviet.timeline.taxonomy.PlaceView;
import org.sinosoviet.timeline.taxonomy.TaxonomyService;
import org.sinosoviet.timeline.web.WebSliceConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.stringContainsInOrder;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The map of places draws outlined places' shapes from the shipped outlines: Mongolia
 * with an outline alone (its shape is the link), Korea with a point given here for the
 * test (its marker is the link, its shape decorative), and Cuba, with a point given here
 * too, listed beyond the map instead of drawn off its edge.
 */
@WebMvcTest(PlaceMapController.class)
@Import(WebSliceConfiguration.class)
class PlaceMapControllerTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	EventService events;

	@MockitoBean
	TaxonomyService taxonomy;

	@MockitoBean
	SourceService sources;

	static final List<PlaceView> PLACES = List.of(
			PlaceMapTests.outlined("mongolia", "Mongolia", null, null, "Mongolia"),
			PlaceMapTests.outlined("korea", "Korea", 38.0, 127.0, "North Korea", "South Korea"),
			PlaceMapTests.outlined("cuba", "Cuba", 21.5, -80.0, "Cuba"),
			PlaceMapTests.place("beijing", "Beijing", 39.9333, 116.3333));

	@BeforeEach
	void places() {
		given(this.taxonomy.locations()).willReturn(PLACES);
		given(this.events.countsByPlace(any()))
			.willReturn(Map.of("mongolia", 12, "korea", 7, "cuba", 1, "beijing", 79));
	}

	@Test
	void drawsAnOutlineAloneAsTheLinkAndAnOutlineUnderAMarkerAsDecoration() throws Exception {
		String mongolia = path("Mongolia");
		String korea = MapFrame.ASIA.path(
				Outlines.shipped().rings(PlaceMapTests.DATASET, List.of("North Korea", "South Korea")), true,
				PlaceMap.SHAPE_STEP);
		this.mvc.perform(get("/places"))
			.andExpect(status().isOk())
			.andExpect(view().name("place/map"))
			.andExpect(content().string(stringContainsInOrder("<g class=\"map-outlines\"",
					"<a href=\"/places/mongolia\" class=\"map-shape\" aria-label=\"Mongolia: 12 events\">",
					"<path class=\"map-outline\" d=\"" + mongolia + "\"/>", "</a>")))
			.andExpect(content()
				.string(containsString("<path class=\"map-outline\" d=\"" + korea + "\" aria-hidden=\"true\"/>")))
			.andExpect(content().string(
					containsString("<a href=\"/places/korea\" class=\"map-marker\" aria-label=\"Korea: 7 events\">")))
			.andExpect(content().string(not(containsString("href=\"/places/korea\" class=\"map-shape\""))))
			.andExpect(content().string(not(containsString(path("Cuba")))));
	}

	@Test
	void listsPlacesBeyondTheFrameWithTheirDirection() throws Exception {
		this.mvc.perform(get("/places"))
			.andExpect(status().isOk())
			.andExpect(content().string(stringContainsInOrder("<h2 class=\"map-outside-title\">Outside this map</h2>",
					"<a href=\"/places/cuba\">Cuba</a> <span class=\"where\">to the west, 1 event</span>")))
			.andExpect(content().string(not(containsString("aria-label=\"Cuba: 1 event\""))))
			.andExpect(content().string(stringContainsInOrder("href=\"/places/mongolia\">Mongolia</a>",
					"(on the map, outlined)", "outline: <a href=\"/sources/natural-earth-50m-countries\">")));
	}

	@Test
	void theDownloadedDrawingCarriesTheShapes() throws Exception {
		String svg = this.mvc.perform(get("/places/map.svg"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(svg).contains("<path d=\"" + path("Mongolia") + "\" fill=\"#8c1d18\"")
			.contains("<title>Mongolia: 12 events</title>")
			.doesNotContain(path("Cuba"));
	}

	private static String path(String feature) {
		return MapFrame.ASIA.path(Outlines.shipped().rings(PlaceMapTests.DATASET, feature), true, PlaceMap.SHAPE_STEP);
	}

}
