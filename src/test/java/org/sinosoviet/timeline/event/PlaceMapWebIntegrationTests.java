package org.sinosoviet.timeline.event;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;

import javax.xml.parsers.DocumentBuilderFactory;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.sinosoviet.timeline.geo.MapProjection;
import org.sinosoviet.timeline.geo.MapProjection.MapPoint;
import org.sinosoviet.timeline.web.InvalidParameterException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.stringContainsInOrder;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The map of places and the locator maps over the small fixture dataset, where Zhenbao
 * Island has coordinates (cited to reference-a) and Moscow has none.
 */
@SpringBootTest(
		properties = { "timeline.data-dir=src/test/resources/dataset/valid", "timeline.response-cache-bytes=0" })
@AutoConfigureMockMvc
class PlaceMapWebIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void mapMarksThePlacedPlaceWhereTheProjectionPutsItAndListsTheOthers() throws Exception {
		MvcResult result = this.mvc.perform(get("/places"))
			.andExpect(status().isOk())
			.andExpect(view().name("place/map"))
			.andExpect(content().string(containsString("<image href=\"/map/asia.svg\"")))
			.andExpect(content().string(containsString("aria-label=\"Zhenbao Island: 1 event\"")))
			.andReturn();
		PlaceMap map = (PlaceMap) result.getModelAndView().getModel().get("map");
		MapPoint zhenbao = MapProjection.project(46.48556, 133.84444);
		assertThat(map.markers()).singleElement().satisfies((marker) -> {
			assertThat(marker.href()).isEqualTo("/places/zhenbao-island");
			assertThat(marker.x()).isEqualTo(PlaceMap.number(zhenbao.x()));
			assertThat(marker.y()).isEqualTo(PlaceMap.number(zhenbao.y()));
		});
		assertThat(map.rows()).extracting(PlaceMap.Row::id, PlaceMap.Row::events, PlaceMap.Row::where)
			.containsExactlyInAnyOrder(Tuple.tuple("moscow", 1, "not placed yet"),
					Tuple.tuple("zhenbao-island", 1, "on the map"));
		assertThat(map.rows()).filteredOn((row) -> row.id().equals("zhenbao-island"))
			.singleElement()
			.satisfies((row) -> {
				assertThat(row.coordinates()).isEqualTo("46.49° N, 133.84° E");
				assertThat(row.citations()).singleElement()
					.satisfies((citation) -> assertThat(citation.source()).isEqualTo("reference-a"));
				assertThat(row.eventsHref()).isEqualTo("/?place=zhenbao-island");
			});
	}

	@Test
	void mapIsFilteredWithTheTimelinesParameters() throws Exception {
		MvcResult result = this.mvc.perform(get("/places").param("from", "1960").param("theme", "border"))
			.andExpect(status().isOk())
			.andReturn();
		PlaceMap map = (PlaceMap) result.getModelAndView().getModel().get("map");
		assertThat(map.rows()).extracting(PlaceMap.Row::id).containsExactly("zhenbao-island");
		assertThat(map.rows().get(0).eventsHref()).as("a place's events keep the other filters")
			.isEqualTo("/?from=1960&theme=border&place=zhenbao-island");
		MvcResult before = this.mvc.perform(get("/places").param("to", "1955")).andReturn();
		PlaceMap early = (PlaceMap) before.getModelAndView().getModel().get("map");
		assertThat(early.markers()).as("no placed place has events before 1955").isEmpty();
		assertThat(early.rows()).extracting(PlaceMap.Row::id).containsExactly("moscow");
	}

	@Test
	void badFilterParametersAreBadRequestsNamingTheParameter() throws Exception {
		for (String[] bad : new String[][] { { "from", "1958-13" }, { "theme", "no-such-theme" },
				{ "period", "no-such-period" }, { "place", "atlantis" } }) {
			MvcResult result = this.mvc.perform(get("/places").param(bad[0], bad[1]))
				.andExpect(status().isBadRequest())
				.andReturn();
			assertThat(result.getResolvedException()).as("%s=%s", bad[0], bad[1])
				.isInstanceOfSatisfying(InvalidParameterException.class,
						(ex) -> assertThat(ex.getParameter()).isEqualTo(bad[0]));
		}
	}

	@Test
	void eventAndPlacePagesShowALocatorMap() throws Exception {
		this.mvc.perform(get("/events/1969-03-02-zhenbao"))
			.andExpect(status().isOk())
			.andExpect(content().string(stringContainsInOrder("<figure class=\"locator\">",
					"href=\"/places/zhenbao-island\"", "aria-label=\"Zhenbao Island, 46.49° N, 133.84° E\"")));
		this.mvc.perform(get("/events/1950-02-14-treaty"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("class=\"locator\""))));
		this.mvc.perform(get("/places/zhenbao-island"))
			.andExpect(status().isOk())
			.andExpect(content().string(stringContainsInOrder("<figure class=\"locator\">", "46.49° N, 133.84° E",
					"href=\"/sources/reference-a\"", "infobox")));
		this.mvc.perform(get("/places/moscow"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Not on the map yet")))
			.andExpect(content().string(not(containsString("class=\"locator\""))));
	}

	@Test
	void mapAndOverviewDownloadAsStandaloneWellFormedSvg() throws Exception {
		MvcResult map = this.mvc.perform(get("/places/map.svg").param("theme", "border"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("image/svg+xml"))
			.andExpect(header().string("Content-Disposition", containsString("sino-soviet-places.svg")))
			.andReturn();
		Document svg = parse(map.getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(svg.getDocumentElement().getTagName()).isEqualTo("svg");
		assertThat(svg.getElementsByTagName("path").getLength()).as("the outlines are inlined").isGreaterThan(3);
		assertThat(svg.getElementsByTagName("circle").getLength()).as("Zhenbao Island, the one border place")
			.isEqualTo(1);
		assertThat(map.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("Zhenbao Island: 1 event")
			.contains("Natural Earth");

		MvcResult overview = this.mvc.perform(get("/overview.svg").param("from", "1969"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("image/svg+xml"))
			.andReturn();
		String text = overview.getResponse().getContentAsString(StandardCharsets.UTF_8);
		Document drawing = parse(text);
		assertThat(drawing.getDocumentElement().getAttribute("viewBox")).startsWith("0 0 1000.0 ");
		assertThat(text).contains("Clash on Zhenbao Island").doesNotContain("Treaty of friendship signed");
		this.mvc.perform(get("/overview.svg").param("from", "1958-13")).andExpect(status().isBadRequest());
		this.mvc.perform(get("/places/map.svg").param("theme", "nope")).andExpect(status().isBadRequest());
	}

	private static Document parse(String xml) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
	}

}
