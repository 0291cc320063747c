package org.sinosoviet.timeline.event;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.sinosoviet.timeline.source.SourceService;
import org.sinosoviet.timeline.source.SourceView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.stringContainsInOrder;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The pages and the API over the small fixture dataset, loaded by the real loader.
 */
@SpringBootTest(
		properties = { "timeline.data-dir=src/test/resources/dataset/valid", "timeline.response-cache-bytes=0" })
@AutoConfigureMockMvc
class TimelineWebIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	EventService events;

	@Autowired
	SourceService sources;

	@Autowired
	ApplicationContext context;

	@Test
	void timelineListsEventsInDateOrder() throws Exception {
		this.mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(view().name("event/list"))
			.andExpect((
					result) -> assertThat(((TimelineView) result.getModelAndView().getModel().get("timeline")).events())
						.extracting(EventSummary::id)
						.containsExactly("1945-08-14-old-treaty", "1950-02-14-treaty", "1969-03-02-zhenbao"))
			.andExpect(content().string(stringContainsInOrder("Treaty with the Nationalists",
					"Treaty of friendship signed", "Clash on Zhenbao Island")));
	}

	@Test
	void filterFormOffersTheFoundingDocumentsAndWellCitedSourcesAndLinksToAll() throws Exception {
		// reference-a backs three events; document-b backs one but is a founding
		// document.
		assertThat(this.sources.choices(3, List.of())).extracting(SourceView::id)
			.containsExactly("reference-a", "document-b");
		assertThat(this.sources.choices(4, List.of())).extracting(SourceView::id).containsExactly("document-b");
		assertThat(this.sources.choices(4, List.of("reference-a"))).as("a chosen source stays offered")
			.extracting(SourceView::id)
			.containsExactly("reference-a", "document-b");
		this.mvc.perform(get("/"))
			.andExpect(content().string(stringContainsInOrder(
					"<optgroup label=\"Founding documents (revision notes)\">", "value=\"document-b\"",
					"<optgroup label=\"Cited by three or more events\">", "value=\"reference-a\"")))
			.andExpect(content().string(containsString("<a href=\"/sources\">All 2 sources</a>")));
	}

	@Test
	void filterFormSelectsEveryChoiceOfTheRequest() throws Exception {
		String page = this.mvc
			.perform(get("/").param("period", "other-early")
				.param("source", "reference-a")
				.param("actor", "nikita-khrushchev")
				.param("place", "moscow")
				.param("place", "zhenbao-island")
				.param("sort", "-date"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("<option value=\"other-early\" selected=\"selected\">",
				"<option value=\"reference-a\" selected=\"selected\">",
				"<option value=\"nikita-khrushchev\" selected=\"selected\">",
				"<option value=\"moscow\" selected=\"selected\">",
				"<option value=\"zhenbao-island\" selected=\"selected\">",
				"<option value=\"-date\" selected=\"selected\">");
		assertThat(page.split("selected=\"selected\"", -1)).as("nothing else selected").hasSize(7);
		assertThat(page).containsSubsequence("<option value=\"\">Any period</option>",
				"<optgroup label=\"Default periods\">", "value=\"alliance\"", "</optgroup>", "value=\"other-early\"");
	}

	@Test
	void linksInPagesAreNotLookedUpAsStaticResources() {
		// springdoc's webjars locator switches Spring's resource chain on unless we turn
		// it
		// off; its filter then asks the classpath about every link a page writes.
		assertThat(this.context.getBeansOfType(ResourceUrlEncodingFilter.class)).isEmpty();
	}

	@Test
	void sitemapListsEveryPermalinkAndRobotsPointsAtIt() throws Exception {
		String sitemap = this.mvc.perform(get("/sitemap.xml"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("application/xml"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		for (EventSummary event : this.events.timeline(TimelineFilter.all())) {
			assertThat(sitemap).contains("<loc>http://localhost/events/" + event.id() + "</loc>");
		}
		for (SourceView source : this.sources.sources()) {
			assertThat(sitemap).contains("<loc>http://localhost/sources/" + source.id() + "</loc>");
		}
		assertThat(sitemap).startsWith("<?xml").contains("<loc>http://localhost/</loc>").endsWith("</urlset>\n");
		assertThat(sitemap.split("<url>", -1)).hasSizeGreaterThan(this.events.timeline(TimelineFilter.all()).size());
		this.mvc.perform(get("/robots.txt"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/plain"))
			.andExpect(content().string(containsString("Sitemap: http://localhost/sitemap.xml")));
	}

	@Test
	void pagedAnswersLinkTheirNeighbours() throws Exception {
		// Three events, one per page: the middle page links all four neighbours.
		this.mvc.perform(get("/api/events").param("size", "1").param("page", "1").param("sort", "date"))
			.andExpect(status().isOk())
			.andExpect(header().string("Link",
					"<http://localhost/api/events?size=1&sort=date&page=0>; rel=\"first\", "
							+ "<http://localhost/api/events?size=1&sort=date&page=0>; rel=\"prev\", "
							+ "<http://localhost/api/events?size=1&sort=date&page=2>; rel=\"next\", "
							+ "<http://localhost/api/events?size=1&sort=date&page=2>; rel=\"last\""));
		this.mvc.perform(get("/api/events").param("theme", "border"))
			.andExpect(header().string("Link", not(containsString("rel=\"next\""))))
			.andExpect(header().string("Link", containsString("rel=\"first\"")));
		this.mvc.perform(get("/api/claims").param("size", "2"))
			.andExpect(header().string("Link", containsString("/api/claims?size=2&page=1>; rel=\"next\"")))
			.andExpect(header().string("Link", not(containsString("rel=\"prev\""))));
		String longQuery = "border,".repeat(PageLinks.MAX_HEADER_LENGTH / 7);
		this.mvc.perform(get("/api/events").param("theme", longQuery))
			.andExpect(status().isOk())
			.andExpect(header().doesNotExist("Link"));
	}

	@Test
	void permalinkShowsClaimsWithCitationsAndRanks() throws Exception {
		this.mvc.perform(get("/events/1969-03-02-zhenbao"))
			.andExpect(status().isOk())
			.andExpect(view().name("event/detail"))
			.andExpect(content().string(containsString("id=\"claim-date-cards\"")))
			.andExpect(content().string(containsString("The clashes were in March 1969.")))
			.andExpect(content().string(containsString("card 5 of 7")))
			.andExpect(content().string(containsString("2 March 1969")));
	}

	@Test
	void aliasAnswersPermanentRedirectForPagesAndApi() throws Exception {
		this.mvc.perform(get("/events/1950-treaty"))
			.andExpect(status().isMovedPermanently())
			.andExpect(header().string("Location", "/events/1950-02-14-treaty"));
		this.mvc.perform(get("/api/events/1950-treaty"))
			.andExpect(status().isMovedPermanently())
			.andExpect(header().string("Location", "http://localhost/api/events/1950-02-14-treaty"));
	}

	@Test
	void unknownEventIsAFriendlyNotFoundPage() throws Exception {
		this.mvc.perform(get("/events/no-such-event").accept(MediaType.TEXT_HTML)).andExpect(status().isNotFound());
	}

	@Test
	void apiListHasPagedModelShape() throws Exception {
		this.mvc.perform(get("/api/events"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.content[*].id")
				.value(contains("1945-08-14-old-treaty", "1950-02-14-treaty", "1969-03-02-zhenbao")))
			.andExpect(jsonPath("$.content[1].date").value("1950-02-14"))
			.andExpect(jsonPath("$.content[1].start").value("1950-02-14"))
			.andExpect(jsonPath("$.content[1].end").value("1950-02-14"))
			.andExpect(jsonPath("$.content[1].period").value("alliance"))
			.andExpect(jsonPath("$.content[1].themes").value(contains("alliance")))
			.andExpect(jsonPath("$.content[1].summary").value("The two states signed a treaty of alliance."))
			.andExpect(jsonPath("$.content[1].permalink").value("http://localhost/events/1950-02-14-treaty"))
			.andExpect(jsonPath("$.content[2].disputed").value(true))
			.andExpect(jsonPath("$.page.size").value(50))
			.andExpect(jsonPath("$.page.number").value(0))
			.andExpect(jsonPath("$.page.totalElements").value(3))
			.andExpect(jsonPath("$.page.totalPages").value(1));
	}

	@Test
	void apiFiltersByThemePeriodAndOverlappingDates() throws Exception {
		this.mvc.perform(get("/api/events").param("theme", "border"))
			.andExpect(jsonPath("$.content[*].id").value(contains("1969-03-02-zhenbao")));
		this.mvc.perform(get("/api/events").param("period", "alliance").param("from", "1950"))
			.andExpect(jsonPath("$.content[*].id").value(contains("1950-02-14-treaty")));
		this.mvc.perform(get("/api/events").param("from", "1950-02").param("to", "1950-02"))
			.andExpect(jsonPath("$.content[*].id").value(contains("1950-02-14-treaty")));
		this.mvc.perform(get("/api/events").param("size", "1").param("page", "2"))
			.andExpect(jsonPath("$.content[*].id").value(contains("1969-03-02-zhenbao")))
			.andExpect(jsonPath("$.page.totalPages").value(3));
	}

	@Test
	void apiEventHasClaimsAndCitations() throws Exception {
		this.mvc.perform(get("/api/events/1969-03-02-zhenbao"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.title").value("Clash on Zhenbao Island"))
			.andExpect(jsonPath("$.claims[1].id").value("date-cards"))
			.andExpect(jsonPath("$.claims[1].rank").value("deprecated"))
			.andExpect(jsonPath("$.claims[1].reason").value("The clashes were in March 1969."))
			.andExpect(jsonPath("$.claims[1].citations[0].source").value("document-b"))
			.andExpect(jsonPath("$.claims[1].citations[0].sourceTitle").value("Revision cards"))
			.andExpect(jsonPath("$.claims[1].citations[0].locator").value("card 5 of 7"))
			.andExpect(jsonPath("$.places[0].name").value("Zhenbao Island"))
			.andExpect(jsonPath("$.places[0].names[1].name").value("Damansky Island"));
	}

	@Test
	void apiUnknownIdIsAProblem() throws Exception {
		this.mvc.perform(get("/api/events/no-such-event"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(404))
			.andExpect(jsonPath("$.detail").value("No event has the id 'no-such-event'."));
	}

	@Test
	void apiBadParametersAreProblemsNamingTheParameter() throws Exception {
		this.mvc.perform(get("/api/events").param("from", "1958-13"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.parameter").value("from"))
			.andExpect(jsonPath("$.allowed").value(containsString("a month (1958-08)")));
		this.mvc.perform(get("/api/events").param("size", "501"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("size"));
		this.mvc.perform(get("/api/events").param("page", "abc"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("page"))
			.andExpect(jsonPath("$.allowed").value("a page number from 0"));
	}

	@Test
	void pagesHaveCanonicalLinks() throws Exception {
		this.mvc.perform(get("/events/1969-03-02-zhenbao"))
			.andExpect(content().string(
					containsString("<link rel=\"canonical\" href=\"http://localhost/events/1969-03-02-zhenbao\">")));
		this.mvc.perform(get("/").param("theme", "border"))
			.andExpect(content()
				.string(containsString("<link rel=\"canonical\" href=\"http://localhost/?theme=border\">")));
	}

	@Test
	void dataIsEscapedInPages() throws Exception {
		this.mvc.perform(get("/"))
			.andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")))
			.andExpect(content().string(not(containsString("<script>alert"))));
	}

	@Test
	void foundingDocumentStatementsShowTheirVerdict() throws Exception {
		this.mvc.perform(get("/events/1969-03-02-zhenbao"))
			.andExpect(content().string(stringContainsInOrder("id=\"claim-date-cards\"", "Revision material:",
					"<strong>Contradicted</strong>", "The clashes were in March 1969.")));
		this.mvc.perform(get("/api/events/1969-03-02-zhenbao"))
			.andExpect(jsonPath("$.claims[0].verdict").doesNotExist())
			.andExpect(jsonPath("$.claims[1].verdict").value("contradicted"));
	}

	@Test
	void foundingDocumentPageHasAScorecard() throws Exception {
		this.mvc.perform(get("/sources/document-b"))
			.andExpect(status().isOk())
			.andExpect(content().string(stringContainsInOrder("How its statements stand", "Corroborated", ">0<",
					"Contradicted", ">1<", "Partly right", ">0<", "Unverified", ">0<")))
			.andExpect(content().string(containsString("href=\"/events/1969-03-02-zhenbao#claim-date-cards\"")));
		this.mvc.perform(get("/sources/reference-a"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("How its statements stand"))));
	}

	@Test
	void apiFiltersEventsAndClaimsByVerdict() throws Exception {
		this.mvc.perform(get("/api/events").param("verdict", "contradicted"))
			.andExpect(jsonPath("$.content[*].id").value(contains("1969-03-02-zhenbao")));
		this.mvc.perform(get("/api/events").param("verdict", "corroborated"))
			.andExpect(jsonPath("$.page.totalElements").value(0));
		this.mvc.perform(get("/api/claims").param("source", "document-b").param("verdict", "contradicted"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[*].claim.id").value(contains("date-cards")))
			.andExpect(jsonPath("$.content[0].event").value("1969-03-02-zhenbao"))
			.andExpect(jsonPath("$.content[0].permalink")
				.value("http://localhost/events/1969-03-02-zhenbao#claim-date-cards"))
			.andExpect(jsonPath("$.page.totalElements").value(1));
		this.mvc.perform(get("/api/claims").param("source", "reference-a"))
			.andExpect(jsonPath("$.page.totalElements").value(3));
		this.mvc.perform(get("/api/claims").param("verdict", "wrong"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("verdict"))
			.andExpect(
					jsonPath("$.validValues").value(contains("corroborated", "contradicted", "partly", "unverified")));
		this.mvc.perform(get("/api/claims").param("source", "nope"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("source"));
	}

	@Test
	void keyEventsOnlyKeepsTheTurningPoints() throws Exception {
		this.mvc.perform(get("/api/events").param("importance", "1"))
			.andExpect(jsonPath("$.content[*].id").value(contains("1950-02-14-treaty")))
			.andExpect(jsonPath("$.content[0].importance").value(1));
		this.mvc.perform(get("/api/events").param("importance", "2"))
			.andExpect(jsonPath("$.page.totalElements").value(3));
		this.mvc.perform(get("/api/events/1969-03-02-zhenbao")).andExpect(jsonPath("$.importance").value(2));
		this.mvc.perform(get("/api/events").param("importance", "0"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("importance"))
			.andExpect(jsonPath("$.validValues").value(contains("1", "2", "3")));
		this.mvc.perform(get("/").param("importance", "1"))
			.andExpect(content().string(containsString("Key events only")))
			.andExpect(content()
				.string(containsString("id=\"importance\" name=\"importance\" type=\"checkbox\" value=\"1\" checked")))
			.andExpect(content().string(containsString("key event</span>")))
			.andExpect(content().string(not(containsString("Clash on Zhenbao Island"))));
	}

	@Test
	void lanesByThemeDrawALanePerThemeAndTheSwitchSaysWhichIsShown() throws Exception {
		this.mvc.perform(get("/").param("lanes", "theme")).andExpect(status().isOk()).andExpect((result) -> {
			TimelineView.Overview overview = ((TimelineView) result.getModelAndView().getModel().get("timeline"))
				.overview();
			assertThat(overview.byTheme()).isTrue();
			assertThat(overview.lanes()).extracting(TimelineView.Lane::id).containsExactly("alliance", "border");
			assertThat(overview.lanes().get(0).marks()).extracting(TimelineView.Mark::id)
				.containsExactly("1950-02-14-treaty");
			assertThat(overview.lanes().get(1).marks()).extracting(TimelineView.Mark::id)
				.containsExactly("1969-03-02-zhenbao");
		})
			.andExpect(content().string(stringContainsInOrder("<text class=\"lane-name\"", "Alliance and treaties",
					"<text class=\"lane-name\"", "Border talks and clashes")))
			.andExpect(content().string(stringContainsInOrder("role=\"group\"",
					"aria-label=\"Alliance and treaties, 1 event\"", "href=\"/events/1950-02-14-treaty\"")))
			.andExpect(content().string(containsString(
					"<a href=\"/?lanes=theme#overview\" aria-describedby=\"lane-switch-label\" aria-current=\"true\"")))
			.andExpect(content().string(containsString("<a href=\"/#overview\" aria-describedby")))
			.andExpect(content().string(containsString("<input type=\"hidden\" name=\"lanes\" value=\"theme\">")));
		this.mvc.perform(get("/"))
			.andExpect(content().string(containsString(
					"<a href=\"/#overview\" aria-describedby=\"lane-switch-label\" aria-current=\"true\"")))
			.andExpect(content().string(not(containsString("lane-name"))))
			.andExpect(content().string(not(containsString("name=\"lanes\""))));
	}

	@Test
	void filterLinksKeepTheLanesAndTheSwitchKeepsTheFilters() throws Exception {
		this.mvc.perform(get("/").param("theme", "border").param("from", "1960").param("lanes", "theme"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/?from=1960&amp;lanes=theme\"")))
			.andExpect(content().string(containsString("href=\"/?theme=border&amp;lanes=theme\"")))
			.andExpect(content().string(containsString("class=\"chip chip-clear\" href=\"/?lanes=theme\"")))
			.andExpect(content().string(containsString("<a class=\"clear\" href=\"/?lanes=theme\"")))
			.andExpect(content().string(containsString("href=\"/?theme=border&amp;from=1960#overview\"")))
			.andExpect(content().string(containsString("/overview.svg?from=1960&amp;theme=border&amp;lanes=theme\"")))
			.andExpect(content().string(containsString("/export/events.csv?from=1960&amp;theme=border\"")));
		this.mvc.perform(get("/").param("lanes", "theme"))
			.andExpect(content().string(containsString("href=\"/overview.svg?lanes=theme\"")))
			.andExpect(content().string(containsString("href=\"/export/events.csv\"")));
		this.mvc.perform(get("/periods/alliance").param("lanes", "theme"))
			.andExpect(status().isOk())
			.andExpect((result) -> assertThat(
					((TimelineView) result.getModelAndView().getModel().get("timeline")).overview().byTheme())
				.isTrue())
			.andExpect(content().string(containsString("href=\"/?period=alliance&amp;lanes=theme\"")))
			.andExpect(content().string(containsString("<a href=\"/periods/alliance#overview\" aria-describedby")));
	}

	@Test
	void overviewDrawingDrawsTheLanesWithTheirNamesAndRules() throws Exception {
		String svg = this.mvc.perform(get("/overview.svg").param("lanes", "theme"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("image/svg+xml"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(svg).contains(">Alliance and treaties</text>", ">Border talks and clashes</text>");
		assertThat(svg.split("<line x1=\"0\" x2=\"1000.0\"", -1)).as("a rule over each lane").hasSize(3);
		assertThat(svg).contains("lanes=theme (data CC BY 4.0)");
		String single = this.mvc.perform(get("/overview.svg")).andReturn().getResponse().getContentAsString();
		assertThat(single).doesNotContain(">Alliance and treaties</text>", "<line x1=\"0\" x2=\"1000.0\"");
	}

	@Test
	void rejectsAnUnknownLanesValueOnEveryPageThatDrawsAnOverview() throws Exception {
		for (String path : List.of("/", "/overview.svg", "/periods/alliance", "/themes/border")) {
			this.mvc.perform(get(path).param("lanes", "sideways"))
				.andExpect(status().isBadRequest())
				.andExpect(status().reason(containsString("Parameter 'lanes' cannot be 'sideways'")));
		}
	}

}
