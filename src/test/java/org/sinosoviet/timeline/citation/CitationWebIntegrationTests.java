package org.sinosoviet.timeline.citation;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.csl.CSLItemData;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.Key;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * Citation files and exports over the small fixture dataset, parsed by real tools. The
 * Spring context is the same as {@code TimelineWebIntegrationTests}', so it is shared.
 */
@SpringBootTest(
		properties = { "timeline.data-dir=src/test/resources/dataset/valid", "timeline.response-cache-bytes=0" })
@AutoConfigureMockMvc
class CitationWebIntegrationTests {

	static final String ZHENBAO = "1969-03-02-zhenbao";

	static final String TREATY = "1950-02-14-treaty";

	static final List<String> EXPORTS = List.of("/export/events.csv", "/export/sources.json", "/export/sources.bib",
			"/export/timelinejs.json", "/export/flashcards.csv", "/export/key-dates");

	@Autowired
	MockMvc mvc;

	final JsonMapper json = JsonMapper.builder().build();

	@Test
	void eventBibtexNamesTheEntryItsDateAndPermalink() throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get("/events/" + ZHENBAO + ".bib"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("application/x-bibtex"))
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andReturn()
			.getResponse();
		BibTeXEntry entry = CitationFilesTests.only(CitationFilesTests.parse(body(response)));
		assertThat(entry.getKey().getValue()).isEqualTo(ZHENBAO);
		assertThat(CitationFilesTests.latex(entry, "title")).isEqualTo("Clash on Zhenbao Island (2 March 1969)");
		assertThat(entry.getField(new Key("url")).toUserString()).isEqualTo("http://localhost/events/" + ZHENBAO);
	}

	@Test
	void eventRisIsOneRecordOfRisTags() throws Exception {
		String ris = body(this.mvc.perform(get("/events/" + TREATY + ".ris"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("application/x-research-info-systems"))
			.andReturn()
			.getResponse());
		List<Map<String, List<String>>> records = CitationFilesTests.parseRis(ris);
		assertThat(records).hasSize(1);
		assertThat(records.get(0).get("TI")).containsExactly("Treaty of friendship signed (14 February 1950)");
		assertThat(records.get(0).get("UR")).containsExactly("http://localhost/events/" + TREATY);
	}

	@Test
	void eventCslJsonBySuffixOrParameterIsTheSameWebpageItem() throws Exception {
		String bySuffix = body(this.mvc.perform(get("/events/" + ZHENBAO + ".json"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("application/vnd.citationstyles.csl+json"))
			.andReturn()
			.getResponse());
		String byParameter = body(this.mvc.perform(get("/events/" + ZHENBAO).param("format", "csl"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("application/vnd.citationstyles.csl+json"))
			.andReturn()
			.getResponse());
		JsonNode items = this.json.readTree(bySuffix);
		assertThat(this.json.readTree(byParameter)).isEqualTo(items);
		assertThat(items.isArray()).isTrue();
		assertThat(items.get(0).path("type").asString()).isEqualTo("webpage");
		assertThat(items.get(0).path("title").asString()).isEqualTo("Clash on Zhenbao Island (2 March 1969)");
		assertThat(items.get(0).path("URL").asString()).isEqualTo("http://localhost/events/" + ZHENBAO);
		assertThat(items.get(0).at("/accessed/date-parts/0").size()).isEqualTo(3);
	}

	@Test
	void thePermalinkItselfStillServesThePageAndTheApiJson() throws Exception {
		this.mvc.perform(get("/events/" + ZHENBAO).accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(view().name("event/detail"));
		// The page's JSON (not the CSL-JSON of this package) still answers Accept:
		// application/json.
		this.mvc.perform(get("/events/" + ZHENBAO).accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$..claims").isNotEmpty())
			.andExpect(jsonPath("$..permalink")
				.value(org.hamcrest.Matchers.hasItem("http://localhost/events/" + ZHENBAO)));
		this.mvc.perform(get("/events/" + ZHENBAO).param("format", "html").accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(view().name("event/detail"));
	}

	@Test
	void anAliasAnswers301ToTheLiveIdInTheSameFormat() throws Exception {
		for (String suffix : List.of(".bib", ".ris", ".json")) {
			this.mvc.perform(get("/events/1950-treaty" + suffix))
				.andExpect(status().isMovedPermanently())
				.andExpect(header().string("Location", "http://localhost/events/" + TREATY + suffix));
		}
		this.mvc.perform(get("/events/1950-treaty").param("format", "csl"))
			.andExpect(status().isMovedPermanently())
			.andExpect(header().string("Location", "http://localhost/events/" + TREATY + "?format=csl"));
	}

	@Test
	void anUnknownIdIsNotFound() throws Exception {
		for (String path : List.of("/events/no-such-event.bib", "/events/no-such-event.ris",
				"/events/no-such-event.json", "/sources/no-such-source.bib", "/sources/no-such-source.ris",
				"/sources/no-such-source.json")) {
			this.mvc.perform(get(path)).andExpect(status().isNotFound());
		}
		this.mvc.perform(get("/events/no-such-event").param("format", "csl")).andExpect(status().isNotFound());
	}

	@Test
	void aSourceOffersItsOwnRecordInEachFormat() throws Exception {
		BibTeXDatabase bibtex = CitationFilesTests
			.parse(body(this.mvc.perform(get("/sources/reference-a.bib")).andReturn().getResponse()));
		BibTeXEntry entry = CitationFilesTests.only(bibtex);
		assertThat(CitationFilesTests.latex(entry, "title")).isEqualTo("A reference article");
		assertThat(entry.getType().getValue()).isEqualTo("inreference");
		assertThat(CitationFilesTests.latex(entry, "booktitle")).isEqualTo("An encyclopedia");
		assertThat(entry.getField(new Key("howpublished"))).isNull();
		assertThat(entry.getField(new Key("urldate")).toUserString()).isEqualTo("2026-11-22");
		List<Map<String, List<String>>> ris = CitationFilesTests
			.parseRis(body(this.mvc.perform(get("/sources/reference-a.ris")).andReturn().getResponse()));
		assertThat(ris.get(0).get("TY")).containsExactly("ENCYC");
		JsonNode csl = this.json
			.readTree(body(this.mvc.perform(get("/sources/document-b.json")).andReturn().getResponse()));
		assertThat(csl.get(0).path("id").asString()).isEqualTo("document-b");
		assertThat(csl.get(0).path("type").asString()).isEqualTo("book");
		assertThat(csl.get(0).path("title").asString()).isEqualTo("Revision cards");
		JsonNode reference = this.json
			.readTree(body(this.mvc.perform(get("/sources/reference-a.json")).andReturn().getResponse()));
		assertThat(reference.get(0).path("type").asString()).isEqualTo("entry-encyclopedia");
		assertThat(reference.get(0).path("container-title").asString()).isEqualTo("An encyclopedia");
		assertThat(reference.get(0).path("URL").asString()).isEqualTo("https://example.org/reference-a");
		assertThat(reference.get(0).at("/accessed/date-parts/0").toString()).isEqualTo("[2026,11,22]");
	}

	@Test
	void eventsCsvHasOneRowPerEventWithClaimsAndCitationsFlattened() throws Exception {
		List<CSVRecord> rows = csv(body(this.mvc.perform(get("/export/events.csv"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/csv"))
			.andReturn()
			.getResponse()), CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get());
		assertThat(rows).extracting((row) -> row.get("id")).containsExactly("1945-08-14-old-treaty", TREATY, ZHENBAO);
		CSVRecord zhenbao = rows.get(2);
		assertThat(zhenbao.size()).isEqualTo(Exports.EVENT_COLUMNS.size());
		assertThat(zhenbao.get("title")).isEqualTo("Clash on Zhenbao Island");
		assertThat(zhenbao.get("display_date")).isEqualTo("2 March 1969");
		assertThat(zhenbao.get("disputed")).isEqualTo("true");
		assertThat(zhenbao.get("claims").split("\n")).containsExactly(
				"date-preferred [preferred: Agrees with the reference article.]: "
						+ "The first clash was on 2 March 1969. (reference-a)",
				"date-cards [deprecated: The clashes were in March 1969.]: The clashes were in 1960-63. "
						+ "(document-b, card 5 of 7)");
		assertThat(zhenbao.get("sources")).isEqualTo("reference-a; document-b");
		assertThat(zhenbao.get("permalink")).isEqualTo("http://localhost/events/" + ZHENBAO);
		assertThat(rows.get(0).get("summary")).isEqualTo("Background to the 1950 treaty <script>alert(1)</script>.");
	}

	@Test
	void exportsFollowTheFilter() throws Exception {
		List<CSVRecord> border = csv(
				body(this.mvc.perform(get("/export/events.csv").param("theme", "border")).andReturn().getResponse()),
				CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get());
		assertThat(border).extracting((row) -> row.get("id")).containsExactly(ZHENBAO);
		List<CSVRecord> newestFirst = csv(
				body(this.mvc.perform(get("/export/events.csv").param("sort", "-date")).andReturn().getResponse()),
				CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get());
		assertThat(newestFirst.get(0).get("id")).isEqualTo(ZHENBAO);
		JsonNode alliance = this.json.readTree(body(
				this.mvc.perform(get("/export/sources.json").param("theme", "alliance")).andReturn().getResponse()));
		assertThat(alliance.findValuesAsString("id")).containsExactly("reference-a");
	}

	@Test
	void exportsRejectBadParametersWithTheApisProblem() throws Exception {
		for (String query : List.of("theme=no-such-theme", "from=not-a-date", "disputed=maybe", "sort=title",
				"from=1970&to=1960")) {
			String expected = body(this.mvc.perform(get("/api/events?" + query)).andReturn().getResponse());
			String parameter = this.json.readTree(expected).path("parameter").asString();
			assertThat(parameter).as(query).isNotEmpty();
			for (String path : EXPORTS.subList(0, 5)) {
				MockHttpServletResponse response = this.mvc.perform(get(path + "?" + query))
					.andExpect(status().isBadRequest())
					.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
					.andReturn()
					.getResponse();
				JsonNode problem = this.json.readTree(body(response));
				assertThat(problem.path("parameter").asString()).as(path + "?" + query).isEqualTo(parameter);
				assertThat(problem.path("detail").asString()).as(path + "?" + query)
					.isEqualTo(this.json.readTree(expected).path("detail").asString());
			}
			this.mvc.perform(get("/export/key-dates?" + query).accept(MediaType.TEXT_HTML))
				.andExpect(status().isBadRequest());
		}
	}

	@Test
	void sourcesExportsAreCslJsonAndBibtexOfAllSources() throws Exception {
		JsonNode csl = this.json
			.readTree(body(this.mvc.perform(get("/export/sources.json")).andReturn().getResponse()));
		assertThat(csl.isArray()).isTrue();
		assertThat(csl.findValuesAsString("id")).containsExactlyInAnyOrder("reference-a", "document-b");
		for (JsonNode item : csl) {
			assertThat(item.path("type").asString()).isNotEmpty();
			assertThat(item.path("title").asString()).isNotEmpty();
		}
		BibTeXDatabase bibtex = CitationFilesTests
			.parse(body(this.mvc.perform(get("/export/sources.bib")).andReturn().getResponse()));
		assertThat(bibtex.getEntries().keySet()).extracting(Key::getValue)
			.containsExactlyInAnyOrder("reference-a", "document-b");
	}

	@Test
	void timelineJsHasOurIdsErasGroupsAndCitations() throws Exception {
		JsonNode timeline = this.json.readTree(body(this.mvc.perform(get("/export/timelinejs.json"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andReturn()
			.getResponse()));
		assertThat(timeline.at("/title/text/headline").asString()).isEqualTo("Sino-Soviet Timeline");
		JsonNode events = timeline.path("events");
		assertThat(events.findValuesAsString("unique_id")).containsExactly("1945-08-14-old-treaty", TREATY, ZHENBAO);
		for (JsonNode slide : events) {
			assertThat(slide.at("/start_date/year").isInt()).isTrue();
			assertThat(slide.at("/text/headline").asString()).isNotEmpty();
			assertThat(slide.has("display_date")).as("day-precise dates need no display_date").isFalse();
		}
		JsonNode zhenbao = events.get(2);
		assertThat(zhenbao.path("start_date").toString()).isEqualTo("{\"year\":1969,\"month\":3,\"day\":2}");
		assertThat(zhenbao.path("group").asString()).isEqualTo("Border talks and clashes");
		assertThat(zhenbao.at("/text/text").asString()).contains("<cite>A reference article</cite>",
				"<cite>Revision cards</cite>, card 5 of 7", "http://localhost/events/" + ZHENBAO);
		assertThat(events.get(0).at("/text/text").asString()).contains("&lt;script&gt;").doesNotContain("<script>");
		assertThat(timeline.path("eras").findValuesAsString("headline")).containsExactly("Forging the alliance",
				"Confrontation");
		assertThat(timeline.at("/eras/0/start_date/year").asInt()).isEqualTo(1949);
	}

	@Test
	void flashcardsAreAnAnkiCsvWithHeaders() throws Exception {
		String text = body(this.mvc.perform(get("/export/flashcards.csv"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/csv"))
			.andReturn()
			.getResponse());
		assertThat(text.lines().limit(5)).containsExactly("#separator:comma", "#html:true", "#guid column:1",
				"#tags column:4", "#columns:guid,Front,Back,Tags");
		List<CSVRecord> cards = csv(text, CSVFormat.RFC4180.builder().setCommentMarker('#').get());
		assertThat(cards).hasSize(3).allSatisfy((card) -> assertThat(card.size()).isEqualTo(4));
		assertThat(cards).extracting((card) -> card.get(0)).doesNotHaveDuplicates();
		CSVRecord treaty = cards.get(1);
		assertThat(treaty.get(0)).isEqualTo("sino-soviet-timeline-" + TREATY);
		assertThat(treaty.get(1)).contains("When did this happen?", "Treaty of friendship signed");
		assertThat(treaty.get(2)).contains("<b>14 February 1950</b>", "The two states signed a treaty of alliance.",
				"It bound the two states for thirty years.", "Sino-Soviet Timeline, accessed",
				"http://localhost/events/" + TREATY);
		assertThat(treaty.get(3).split(" ")).containsExactly("sino-soviet::alliance", "theme::alliance");
		assertThat(cards.get(0).get(2)).contains("&lt;script&gt;").doesNotContain("<script>");
	}

	@Test
	void keyDatesIsAPrintablePageOfTheFilteredView() throws Exception {
		this.mvc.perform(get("/export/key-dates?theme=border").accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(view().name("citation/key-dates"))
			.andExpect(content().string(containsString("Clash on Zhenbao Island")))
			.andExpect(content().string(containsString("2 March 1969")))
			.andExpect(content().string(containsString("http://localhost/events/" + ZHENBAO)))
			.andExpect(content().string(containsString("href=\"/?theme=border\"")))
			.andExpect(content().string(not(containsString("Treaty of friendship signed"))));
	}

	@Test
	void theRegistryCheckFailsWhenARegisteredIdDisappears() {
		List<String> ids = PermalinkRegistry.ids(Path.of("src/test/resources/citation/permalinks-planted.txt"));
		assertThat(ids).contains("1950-treaty", "1949-10-01-planted-removed-event");
		List<String> problems = PermalinkRegistry.problems(ids, this::answer);
		assertThat(problems).singleElement()
			.asString()
			.startsWith("1949-10-01-planted-removed-event: /events/1949-10-01-planted-removed-event answers 404");
		assertThat(PermalinkRegistry.problems(ids.subList(0, 4), this::answer)).isEmpty();
	}

	/**
	 * The page's metadata for reference managers, which the layout's head includes on
	 * event pages ({@code fragments/cite :: event-meta(${event})}): Zotero's Embedded
	 * Metadata translator must save a web page of the site, with no date of its own.
	 */
	@Test
	void eventPageIsAWebPageOfTheSiteForZotero() throws Exception {
		String page = body(this.mvc.perform(get("/events/" + ZHENBAO).accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse());
		String head = page.substring(0, page.indexOf("</head>"));
		assertThat(EmbeddedMetadata.tags(head)).extracting(Map.Entry::getKey)
			.noneMatch((key) -> key.startsWith("citation_") || key.equals("DC.date") || key.equals("DC.coverage"));
		Map<String, Object> item = EmbeddedMetadata.read(page);
		assertThat(item).containsEntry("itemType", "webpage")
			.containsEntry("title", "Clash on Zhenbao Island (2 March 1969)")
			.containsEntry("websiteTitle", "Sino-Soviet Timeline")
			.containsEntry("url", "http://localhost/events/" + ZHENBAO)
			.doesNotContainKeys("date", "archiveLocation", "creators");
		int start = head.indexOf("<script type=\"application/ld+json\">");
		assertThat(start).isNotNegative();
		String ld = head.substring(head.indexOf('>', start) + 1, head.indexOf("</script>", start));
		JsonNode event = this.json.readTree(ld);
		assertThat(event.path("@type").asString()).isEqualTo("Event");
		assertThat(event.path("name").asString()).isEqualTo("Clash on Zhenbao Island");
		assertThat(event.path("startDate").asString()).isEqualTo("1969-03-02");
		assertThat(event.path("citation").findValuesAsString("name")).contains("A reference article", "Revision cards");
		assertThat(page).contains("href=\"/events/" + ZHENBAO + ".bib\"");
	}

	/**
	 * The box on an event's page is the CSL rendering of the CSL-JSON download: rendered
	 * again here, from the download, by a citeproc-java processor of its own.
	 */
	@Test
	void citeThisShowsTheCslRenderingsOfTheDownload() throws Exception {
		for (String path : List.of("/events/" + ZHENBAO, "/sources/reference-a", "/sources/document-b")) {
			String page = body(this.mvc.perform(get(path).accept(MediaType.TEXT_HTML))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse());
			String download = body(this.mvc.perform(get(path + ".json")).andReturn().getResponse());
			@SuppressWarnings("unchecked")
			Map<String, Object> map = (Map<String, Object>) this.json.readValue(download, List.class).get(0);
			for (CitationStyles.Style style : CitationStyles.Style.values()) {
				CSLItemData item = CSLItemData.fromJson(map);
				String id = "cite-" + style.key() + (style.notes() ? "-bibliography" : "");
				String bibliography = CSL.makeAdhocBibliography(style.id(), "text", item).getEntries()[0].strip();
				assertThat(citation(page, id)).as(path + " " + style).isEqualTo(bibliography);
				if (style.notes()) {
					String note = CSL.makeAdhocCitation(style.id(), "text", item).get(0).getText().strip();
					assertThat(citation(page, "cite-" + style.key() + "-note")).as(path + " note").isEqualTo(note);
				}
			}
			assertThat(page).as(path).doesNotContain(" style=\"");
		}
	}

	@Test
	void sourcePageIsTheSourceItselfForZotero() throws Exception {
		String page = body(this.mvc.perform(get("/sources/reference-a").accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse());
		assertThat(EmbeddedMetadata.read(page)).containsEntry("itemType", "encyclopediaArticle")
			.containsEntry("title", "A reference article")
			.containsEntry("publicationTitle", "An encyclopedia")
			.containsEntry("url", "https://example.org/reference-a");
		String bibliography = body(this.mvc.perform(get("/sources")).andReturn().getResponse());
		assertThat(bibliography).contains("<span class=\"source-entry\">&ldquo;A Reference Article.&rdquo; In <i>An "
				+ "Encyclopedia</i>. Accessed November 22, 2026. https://example.org/reference-a.</span>");
	}

	/** The text of the element with this id: what its copy button copies. */
	static String citation(String page, String id) {
		Matcher element = Pattern.compile("<p class=\"citation\" id=\"" + id + "\">(.*?)</p>", Pattern.DOTALL)
			.matcher(page);
		assertThat(element.find()).as(id).isTrue();
		return CitationStyles.text(element.group(1));
	}

	private PermalinkRegistry.Answer answer(String path) {
		try {
			MvcResult result = this.mvc.perform(get(path).accept(MediaType.TEXT_HTML)).andReturn();
			return new PermalinkRegistry.Answer(result.getResponse().getStatus(),
					result.getResponse().getHeader("Location"));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String body(MockHttpServletResponse response) throws Exception {
		return response.getContentAsString(StandardCharsets.UTF_8);
	}

	static List<CSVRecord> csv(String text, CSVFormat format) throws Exception {
		try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
			return parser.getRecords();
		}
	}

}
