package org.sinosoviet.timeline.event;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.sinosoviet.timeline.event.ApiEvents.ALL;
import static org.sinosoviet.timeline.event.ApiEvents.EXPERTS;
import static org.sinosoviet.timeline.event.ApiEvents.JINMEN;
import static org.sinosoviet.timeline.event.ApiEvents.LETTERS;
import static org.sinosoviet.timeline.event.ApiEvents.NUCLEAR;
import static org.sinosoviet.timeline.event.ApiEvents.OLD_TREATY;
import static org.sinosoviet.timeline.event.ApiEvents.RADIO;
import static org.sinosoviet.timeline.event.ApiEvents.SPEECH;
import static org.sinosoviet.timeline.event.ApiEvents.TALKS;
import static org.sinosoviet.timeline.event.ApiEvents.TRANSIT;
import static org.sinosoviet.timeline.event.ApiEvents.TREATY;
import static org.sinosoviet.timeline.event.ApiEvents.ZHENBAO;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The JSON API's acceptance tests over the {@code dataset/api} fixture: every filter
 * alone and combined, paging, aliases, content negotiation on the permalink, the catalog
 * endpoints and the problem details of every error. The response cache is off, so every
 * request reaches the controllers.
 */
@SpringBootTest(properties = { "timeline.data-dir=src/test/resources/dataset/api", "timeline.response-cache-bytes=0" })
@AutoConfigureMockMvc
class EventApiIntegrationTests {

	static final String ACCEPTED_DATES = "a year (1958), a month (1958-08) or a day (1958-08-23)";

	@Autowired
	MockMvc mvc;

	final JsonMapper json = JsonMapper.builder().build();

	// --- filters, alone

	@Test
	void withoutFiltersListsEveryEventInDateOrder() throws Exception {
		assertThat(ids()).containsExactlyElementsOf(ALL);
	}

	@Test
	void periodOfTheDefaultSchemeMatchesTheEventsFiledUnderIt() throws Exception {
		assertThat(ids("period", "alliance")).containsExactly(OLD_TREATY, TREATY);
		// The 1965/1966 transit quarrel overlaps 'split' by date but is filed under
		// 'confrontation'.
		assertThat(ids("period", "split")).containsExactly(SPEECH, RADIO, TALKS, JINMEN, NUCLEAR, EXPERTS, LETTERS);
		assertThat(ids("period", "confrontation")).containsExactly(TRANSIT, ZHENBAO);
	}

	@Test
	void periodOfAnotherSchemeMatchesByDateOverlap() throws Exception {
		// other-crisis runs from 1958-08 to 1959-09: the year 1958 and the talks ending
		// on 3 August overlap it.
		assertThat(ids("period", "other-crisis")).containsExactly(RADIO, TALKS, JINMEN, NUCLEAR);
		// other-early (1947-1953) does not hold the 1945 treaty, although that is filed
		// under 'alliance'.
		assertThat(ids("period", "other-early")).containsExactly(TREATY);
	}

	@Test
	void themeMatchesAnyOfItsValues() throws Exception {
		assertThat(ids("theme", "ideology")).containsExactly(SPEECH, LETTERS);
		assertThat(ids("theme", "military")).containsExactly(RADIO, TALKS, JINMEN, NUCLEAR, TRANSIT);
		assertThat(ids("theme", "economy", "theme", "border")).containsExactly(EXPERTS, ZHENBAO);
		assertThat(ids("theme", "economy,border")).containsExactly(EXPERTS, ZHENBAO);
		assertThat(ids("theme", " border ")).containsExactly(ZHENBAO);
	}

	@Test
	void sourceMatchesEventsWithAClaimCitingIt() throws Exception {
		assertThat(ids("source", "source-c")).containsExactly(SPEECH, RADIO, TALKS, EXPERTS);
		assertThat(ids("source", "document-b")).containsExactly(NUCLEAR, LETTERS, ZHENBAO);
		assertThat(ids("source", "source-c", "source", "document-b")).containsExactly(SPEECH, RADIO, TALKS, NUCLEAR,
				EXPERTS, LETTERS, ZHENBAO);
	}

	@Test
	void actorMatchesAnyOfItsValues() throws Exception {
		assertThat(ids("actor", "mao-zedong")).containsExactly(TREATY, RADIO, TALKS);
		assertThat(ids("actor", "nikita-khrushchev")).containsExactly(SPEECH, RADIO, TALKS, NUCLEAR);
		assertThat(ids("actor", "mao-zedong", "actor", "nikita-khrushchev")).containsExactly(TREATY, SPEECH, RADIO,
				TALKS, NUCLEAR);
	}

	@Test
	void placeMatchesAnyOfItsValues() throws Exception {
		assertThat(ids("place", "beijing")).containsExactly(TALKS, TRANSIT);
		assertThat(ids("place", "jinmen")).containsExactly(JINMEN);
		assertThat(ids("place", "moscow", "place", "zhenbao-island")).containsExactly(TREATY, SPEECH, ZHENBAO);
	}

	@Test
	void fromAndToMatchImpreciseDatesByOverlap() throws Exception {
		// An event dated "1958" matches from=1958-08-01.
		assertThat(ids("from", "1958-08-01")).containsExactly(RADIO, TALKS, JINMEN, NUCLEAR, EXPERTS, LETTERS, TRANSIT,
				ZHENBAO);
		assertThat(ids("to", "1958-07")).containsExactly(OLD_TREATY, TREATY, SPEECH, RADIO, TALKS);
		assertThat(ids("from", "1958-08-01", "to", "1958-08-01")).containsExactly(RADIO, TALKS, JINMEN);
		assertThat(ids("from", "1958-08", "to", "1958-08")).containsExactly(RADIO, TALKS, JINMEN);
		// The talks end on 3 August: both ends are inclusive, and the day after misses.
		assertThat(ids("from", "1958-08-03", "to", "1958-08-03")).containsExactly(RADIO, TALKS, JINMEN);
		assertThat(ids("from", "1958-08-04", "to", "1958-08-04")).containsExactly(RADIO, JINMEN);
		// "1959-06?" covers June 1959; "1965/1966" covers both years.
		assertThat(ids("from", "1959-06-15", "to", "1959-06-15")).containsExactly(NUCLEAR);
		assertThat(ids("from", "1966", "to", "1966")).containsExactly(TRANSIT);
		assertThat(ids("from", "1960", "to", "1960")).containsExactly(EXPERTS);
		assertThat(ids("from", "1977")).isEmpty();
	}

	@Test
	void textSearchFindsAlternativeNamesInAnyScriptAndSpelling() throws Exception {
		assertThat(ids("q", "Damansky")).containsExactly(ZHENBAO);
		assertThat(ids("q", "damansky")).containsExactly(ZHENBAO);
		assertThat(ids("q", "Даманский")).containsExactly(ZHENBAO);
		assertThat(ids("q", "珍宝岛")).containsExactly(ZHENBAO);
		List<String> khrushchev = List.of(SPEECH, RADIO, TALKS, NUCLEAR);
		assertThat(ids("q", "Хрущёв")).containsExactlyElementsOf(khrushchev);
		assertThat(ids("q", "Хрущев")).containsExactlyElementsOf(khrushchev);
		assertThat(ids("q", "ХРУЩЁВ")).containsExactlyElementsOf(khrushchev);
		assertThat(ids("q", "khrushchev")).containsExactlyElementsOf(khrushchev);
		assertThat(ids("q", "Peking")).containsExactly(TALKS, TRANSIT);
		assertThat(ids("q", "Quemoy")).containsExactly(JINMEN);
	}

	@Test
	void textSearchCoversTitlesSummariesAndClaimsAndNeedsEveryWord() throws Exception {
		assertThat(ids("q", "secret")).containsExactly(SPEECH);
		assertThat(ids("q", "Twentieth")).as("claim text").containsExactly(SPEECH);
		assertThat(ids("q", "treaty Moscow")).containsExactly(OLD_TREATY, TREATY);
		assertThat(ids("q", "treaty Москва")).containsExactly(TREATY);
		assertThat(ids("q", "treaty Beijing")).isEmpty();
	}

	@Test
	void textSearchTakesWildcardsQuotesAndBackslashesLiterally() throws Exception {
		assertThat(ids("q", "%")).containsExactly(LETTERS);
		assertThat(ids("q", "100%")).containsExactly(LETTERS);
		assertThat(ids("q", "_")).containsExactly(LETTERS);
		assertThat(ids("q", "file_name")).containsExactly(LETTERS);
		assertThat(ids("q", "\\")).containsExactly(LETTERS);
		assertThat(ids("q", "C:\\letters\\1963")).containsExactly(LETTERS);
		assertThat(ids("q", "\"quoted words\"")).containsExactly(LETTERS);
		assertThat(ids("q", "it's")).containsExactly(LETTERS);
		assertThat(ids("q", "'")).containsExactly(LETTERS);
		assertThat(ids("q", "file%name")).isEmpty();
		assertThat(ids("q", "f_le")).isEmpty();
		assertThat(ids("q", "file.name")).isEmpty();
		assertThat(ids("q", ".*")).isEmpty();
		assertThat(ids("q", "[a-z]")).isEmpty();
		assertThat(ids("q", "' OR '1'='1")).isEmpty();
	}

	@Test
	void disputedOnlyKeepsEventsWhereSourcesDisagree() throws Exception {
		assertThat(ids("disputed", "true")).containsExactly(EXPERTS, ZHENBAO);
		assertThat(ids("disputed", "false")).containsExactlyElementsOf(ALL);
	}

	@Test
	void sortsByDateEitherWay() throws Exception {
		assertThat(ids("sort", "date")).containsExactlyElementsOf(ALL);
		assertThat(ids("sort", "-date")).containsExactlyElementsOf(reversed(ALL));
	}

	// --- filters, combined

	@Test
	void combinedFiltersMustAllMatch() throws Exception {
		assertThat(ids("theme", "military", "actor", "nikita-khrushchev", "from", "1958-08", "to", "1959"))
			.containsExactly(RADIO, TALKS, NUCLEAR);
		assertThat(ids("period", "split", "place", "beijing")).containsExactly(TALKS);
		assertThat(ids("period", "confrontation", "place", "beijing")).containsExactly(TRANSIT);
		assertThat(ids("period", "other-crisis", "theme", "military", "source", "reference-a")).containsExactly(TALKS,
				JINMEN);
		assertThat(ids("source", "source-c", "disputed", "true")).containsExactly(EXPERTS);
		assertThat(ids("disputed", "true", "theme", "border", "q", "Damansky", "sort", "-date"))
			.containsExactly(ZHENBAO);
		assertThat(ids("actor", "mao-zedong", "place", "beijing", "period", "split", "q", "talks", "from", "1958-08-03",
				"to", "1958-08-03", "source", "source-c", "theme", "alliance", "disputed", "false", "sort", "-date"))
			.containsExactly(TALKS);
		assertThat(ids("theme", "border", "period", "alliance")).isEmpty();
		assertThat(ids("q", "Хрущев", "place", "moscow")).containsExactly(SPEECH);
	}

	@Test
	void combinedFiltersPageInTheRequestedOrder() throws Exception {
		this.mvc
			.perform(get("/api/events").param("from", "1958")
				.param("to", "1960")
				.param("sort", "-date")
				.param("size", "2")
				.param("page", "1"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[*].id").value(contains(JINMEN, TALKS)))
			.andExpect(jsonPath("$.page.size").value(2))
			.andExpect(jsonPath("$.page.number").value(1))
			.andExpect(jsonPath("$.page.totalElements").value(5))
			.andExpect(jsonPath("$.page.totalPages").value(3));
	}

	@Test
	void emptyResultHasZeroTotals() throws Exception {
		this.mvc.perform(get("/api/events").param("theme", "border").param("period", "alliance"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content").isEmpty())
			.andExpect(jsonPath("$.page.totalElements").value(0))
			.andExpect(jsonPath("$.page.totalPages").value(0));
	}

	// --- items and paging

	@Test
	void listItemsCarryEveryDocumentedField() throws Exception {
		this.mvc.perform(get("/api/events").param("period", "other-crisis"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.content[0].id").value(RADIO))
			.andExpect(jsonPath("$.content[0].title").value("Dispute over a long-wave radio station"))
			.andExpect(jsonPath("$.content[0].date").value("1958"))
			.andExpect(jsonPath("$.content[0].start").value("1958-01-01"))
			.andExpect(jsonPath("$.content[0].end").value("1958-12-31"))
			.andExpect(jsonPath("$.content[0].precision").value("year"))
			.andExpect(jsonPath("$.content[0].displayDate").value("1958"))
			.andExpect(jsonPath("$.content[0].period").value("split"))
			.andExpect(jsonPath("$.content[0].themes").value(contains("military")))
			.andExpect(jsonPath("$.content[0].summary").value(containsString("radio station")))
			.andExpect(jsonPath("$.content[0].disputed").value(false))
			.andExpect(jsonPath("$.content[0].permalink").value("http://localhost/events/" + RADIO))
			.andExpect(jsonPath("$.content[1].date").value("1958-07-31/1958-08-03"))
			.andExpect(jsonPath("$.content[1].start").value("1958-07-31"))
			.andExpect(jsonPath("$.content[1].end").value("1958-08-03"))
			.andExpect(jsonPath("$.content[1].themes").value(contains("military", "alliance")))
			.andExpect(jsonPath("$.content[2].date").value("1958-08"))
			.andExpect(jsonPath("$.content[2].start").value("1958-08-01"))
			.andExpect(jsonPath("$.content[2].end").value("1958-08-31"))
			.andExpect(jsonPath("$.content[2].precision").value("month"))
			.andExpect(jsonPath("$.content[2].displayDate").value("August 1958"))
			.andExpect(jsonPath("$.content[3].date").value("1959-06?"));
	}

	@Test
	void pagesOneEventAtATime() throws Exception {
		List<String> seen = new ArrayList<>();
		for (int page = 0; page < ALL.size(); page++) {
			JsonNode body = json(get("/api/events").param("size", "1").param("page", String.valueOf(page)));
			assertThat(body.get("content")).hasSize(1);
			assertThat(body.get("page").get("totalPages").asInt()).isEqualTo(ALL.size());
			seen.add(body.get("content").get(0).get("id").asString());
		}
		assertThat(seen).containsExactlyElementsOf(ALL);
	}

	@Test
	void pageBeyondTheEndIsEmptyWithCorrectTotals() throws Exception {
		this.mvc.perform(get("/api/events").param("size", "1").param("page", "11"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content").isEmpty())
			.andExpect(jsonPath("$.page.size").value(1))
			.andExpect(jsonPath("$.page.number").value(11))
			.andExpect(jsonPath("$.page.totalElements").value(11))
			.andExpect(jsonPath("$.page.totalPages").value(11));
		this.mvc.perform(get("/api/events").param("page", "1000"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content").isEmpty())
			.andExpect(jsonPath("$.page.size").value(50))
			.andExpect(jsonPath("$.page.number").value(1000))
			.andExpect(jsonPath("$.page.totalElements").value(11))
			.andExpect(jsonPath("$.page.totalPages").value(1));
		this.mvc.perform(get("/api/events").param("size", "500").param("page", "4294967"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content").isEmpty())
			.andExpect(jsonPath("$.page.totalElements").value(11));
	}

	@Test
	void defaultAndLargestPageSizes() throws Exception {
		this.mvc.perform(get("/api/events"))
			.andExpect(jsonPath("$.page.size").value(50))
			.andExpect(jsonPath("$.page.number").value(0));
		this.mvc.perform(get("/api/events").param("size", "500"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content", hasSize(11)))
			.andExpect(jsonPath("$.page.size").value(500))
			.andExpect(jsonPath("$.page.totalPages").value(1));
	}

	@Test
	void rejectsPageSizesAndNumbersOutOfRange() throws Exception {
		assertProblem(get("/api/events").param("size", "501"), 400, "size")
			.andExpect(jsonPath("$.allowed").value("a page size from 1 to 500"));
		assertProblem(get("/api/events").param("size", "0"), 400, "size");
		assertProblem(get("/api/events").param("size", "-1"), 400, "size");
		assertProblem(get("/api/events").param("page", "-1"), 400, "page")
			.andExpect(jsonPath("$.allowed").value("a page number from 0"));
		assertProblem(get("/api/events").param("page", "4294968").param("size", "500"), 400, "page");
		assertProblem(get("/api/events").param("page", "99999999999999999999"), 400, "page");
	}

	@Test
	void rejectsPageSizesAndNumbersThatAreNotWholeNumbers() throws Exception {
		for (String value : List.of("abc", "1.5", "1e2", "0x10", "NaN", "", "2,3")) {
			if (!value.isEmpty()) {
				assertProblem(get("/api/events").param("size", value), 400, "size");
			}
			assertProblem(get("/api/events").param("page", value.isEmpty() ? " x" : value), 400, "page");
		}
		assertProblem(get("/api/events").param("page", "1").param("page", "2"), 400, "page");
	}

	// --- one event, aliases and the permalink

	@Test
	void eventHasClaimsCitationsActorsPlacesAndNeighbours() throws Exception {
		this.mvc.perform(get("/api/events/" + TALKS))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.id").value(TALKS))
			.andExpect(jsonPath("$.date").value("1958-07-31/1958-08-03"))
			.andExpect(jsonPath("$.period.id").value("split"))
			.andExpect(jsonPath("$.themes[*].id").value(contains("military", "alliance")))
			.andExpect(jsonPath("$.actors[*].id").value(containsInAnyOrder("nikita-khrushchev", "mao-zedong")))
			.andExpect(jsonPath("$.actors[?(@.id == 'nikita-khrushchev')].names[*].name", hasItem("Хрущёв")))
			.andExpect(jsonPath("$.places[0].id").value("beijing"))
			.andExpect(jsonPath("$.places[0].names[*].name", hasItems("北京", "Peking", "Пекин")))
			.andExpect(jsonPath("$.claims[0].id").value("talks"))
			.andExpect(jsonPath("$.claims[0].text").value("The talks lasted from 31 July to 3 August 1958."))
			.andExpect(jsonPath("$.claims[0].rank").value("normal"))
			.andExpect(jsonPath("$.claims[0].citations[0].source").value("reference-a"))
			.andExpect(jsonPath("$.claims[0].citations[0].sourceTitle").value("A reference article"))
			.andExpect(jsonPath("$.claims[0].citations[1].source").value("source-c"))
			.andExpect(jsonPath("$.claims[0].citations[1].sourceTitle").value("A fixture monograph"))
			.andExpect(jsonPath("$.claims[0].citations[1].locator").value("p. 41"))
			.andExpect(jsonPath("$.previous.id").value(RADIO))
			.andExpect(jsonPath("$.next.id").value(JINMEN))
			.andExpect(jsonPath("$.related[*].id", hasItem(RADIO)))
			.andExpect(jsonPath("$.permalink").value("http://localhost/events/" + TALKS));
		this.mvc.perform(get("/api/events/" + TREATY))
			.andExpect(jsonPath("$.significance").value("It bound the two states for thirty years."))
			.andExpect(jsonPath("$.aliases").value(contains("1950-treaty")))
			.andExpect(jsonPath("$.previous.id").value(OLD_TREATY));
		this.mvc.perform(get("/api/events/" + ZHENBAO))
			.andExpect(jsonPath("$.disputed").value(true))
			.andExpect(jsonPath("$.claims[1].rank").value("deprecated"))
			.andExpect(jsonPath("$.claims[1].reason").value("The clashes were in March 1969."))
			.andExpect(jsonPath("$.next").doesNotExist());
	}

	@Test
	void aliasAnswersPermanentRedirectToTheLiveId() throws Exception {
		this.mvc.perform(get("/api/events/1969-island-clash"))
			.andExpect(status().isMovedPermanently())
			.andExpect(header().string("Location", "http://localhost/api/events/" + ZHENBAO));
		this.mvc.perform(get("/api/events/1950-treaty"))
			.andExpect(status().isMovedPermanently())
			.andExpect(header().string("Location", "http://localhost/api/events/" + TREATY));
		this.mvc.perform(get("/events/1969-island-clash").accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isMovedPermanently())
			.andExpect(header().string("Location", "/events/" + ZHENBAO));
		this.mvc.perform(get("/events/1969-island-clash").accept(MediaType.TEXT_HTML))
			.andExpect(status().isMovedPermanently())
			.andExpect(header().string("Location", "/events/" + ZHENBAO));
	}

	@Test
	void eachClaimHasItsOwnJsonWithItsAnchoredAddress() throws Exception {
		this.mvc.perform(get("/api/events/" + ZHENBAO + "/claims/date-cards"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.event").value(ZHENBAO))
			.andExpect(jsonPath("$.permalink").value("http://localhost/events/" + ZHENBAO + "#claim-date-cards"))
			.andExpect(jsonPath("$.claim.id").value("date-cards"))
			.andExpect(jsonPath("$.claim.rank").value("deprecated"))
			.andExpect(jsonPath("$.claim.reason").value("The clashes were in March 1969."))
			.andExpect(jsonPath("$.claim.citations[0].source").isNotEmpty());
		this.mvc.perform(get("/api/events/1969-island-clash/claims/date-cards"))
			.andExpect(status().isMovedPermanently())
			.andExpect(header().string("Location", "http://localhost/api/events/" + ZHENBAO + "/claims/date-cards"));
		this.mvc.perform(get("/api/events/1969-island-clash/claims/{claim}", "a claim <with> spaces"))
			.andExpect(status().isMovedPermanently())
			.andExpect(header().string("Location",
					"http://localhost/api/events/" + ZHENBAO + "/claims/a%20claim%20%3Cwith%3E%20spaces"));
		this.mvc.perform(get("/api/events/" + ZHENBAO + "/claims/no-such-claim"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("no-such-claim")));
	}

	@Test
	void permalinkAnswersJsonByteForByteLikeTheApi() throws Exception {
		for (String id : List.of(ZHENBAO, TALKS, OLD_TREATY)) {
			MvcResult api = this.mvc.perform(get("/api/events/" + id)).andExpect(status().isOk()).andReturn();
			MvcResult permalink = this.mvc.perform(get("/events/" + id).accept(MediaType.APPLICATION_JSON))
				.andExpect(status().isOk())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
				.andReturn();
			assertThat(permalink.getResponse().getContentAsString(StandardCharsets.UTF_8))
				.isEqualTo(api.getResponse().getContentAsString(StandardCharsets.UTF_8));
			assertThat(permalink.getResponse().getContentAsByteArray())
				.isEqualTo(api.getResponse().getContentAsByteArray());
		}
		this.mvc.perform(get("/events/" + ZHENBAO).header("Accept", "text/html;q=0.5, application/json"))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON));
	}

	@Test
	void permalinkAnswersHtmlToBrowsers() throws Exception {
		for (String accept : List.of("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "*/*",
				"text/html", "application/json;q=0.5, text/html")) {
			this.mvc.perform(get("/events/" + ZHENBAO).header("Accept", accept))
				.andExpect(status().isOk())
				.andExpect(view().name("event/detail"))
				.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
				.andExpect(content().string(containsString("Clash on Zhenbao Island")));
		}
	}

	@Test
	void permalinkRefusesTypesItCannotServe() throws Exception {
		this.mvc.perform(get("/events/" + ZHENBAO).accept(MediaType.APPLICATION_XML))
			.andExpect(status().isNotAcceptable());
		this.mvc.perform(get("/api/events/" + ZHENBAO).accept(MediaType.APPLICATION_XML))
			.andExpect(status().isNotAcceptable());
		this.mvc.perform(get("/api/events").accept(MediaType.TEXT_HTML)).andExpect(status().isNotAcceptable());
	}

	// --- the catalog

	@Test
	void sourcesCarryCountsAndTheEventsCitingThem() throws Exception {
		this.mvc.perform(get("/api/sources"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].id", containsInAnyOrder("reference-a", "document-b", "source-c")))
			.andExpect(jsonPath("$[?(@.id == 'source-c')].claims", contains(4)));
		this.mvc.perform(get("/api/sources/source-c"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value("source-c"))
			.andExpect(jsonPath("$.type").value("scholarship"))
			.andExpect(jsonPath("$.title").value("A fixture monograph"))
			.andExpect(jsonPath("$.authors").value(contains("Fixture, Author")))
			.andExpect(jsonPath("$.publisher").value("Fixture Press"))
			.andExpect(jsonPath("$.date").value("2001"))
			.andExpect(jsonPath("$.claims").value(4))
			.andExpect(jsonPath("$.events").value(contains(SPEECH, RADIO, TALKS, EXPERTS)));
		this.mvc.perform(get("/api/sources/document-b"))
			.andExpect(jsonPath("$.events").value(contains(NUCLEAR, LETTERS, ZHENBAO)));
	}

	@Test
	void periodsComeWithTheirSchemesAndEventCounts() throws Exception {
		this.mvc.perform(get("/api/periods"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].id").value(contains("default", "other-scheme")))
			.andExpect(jsonPath("$[0].isDefault").value(true))
			.andExpect(jsonPath("$[1].isDefault").value(false))
			.andExpect(jsonPath("$[0].periods[*].id").value(contains("alliance", "split", "confrontation")))
			.andExpect(jsonPath("$[0].periods[*].events").value(contains(2, 7, 2)))
			.andExpect(jsonPath("$[1].periods[*].id").value(contains("other-early", "other-crisis")))
			.andExpect(jsonPath("$[1].periods[*].events").value(contains(1, 4)))
			.andExpect(jsonPath("$[1].periods[1].firstDay").value("1958-08-01"))
			.andExpect(jsonPath("$[1].periods[1].lastDay").value("1959-09-30"));
	}

	@Test
	void themesActorsAndPlacesComeWithEventCounts() throws Exception {
		this.mvc.perform(get("/api/themes"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].id").value(contains("alliance", "border", "ideology", "military", "economy")))
			.andExpect(jsonPath("$[*].events").value(contains(3, 1, 2, 5, 1)));
		this.mvc.perform(get("/api/actors"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.id == 'nikita-khrushchev')].events", contains(4)))
			.andExpect(jsonPath("$[?(@.id == 'mao-zedong')].events", contains(3)))
			.andExpect(
					jsonPath("$[?(@.id == 'nikita-khrushchev')].names[*].name", hasItems("Никита Хрущёв", "Хрущёв")));
		this.mvc.perform(get("/api/places"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].id", containsInAnyOrder("moscow", "beijing", "jinmen", "zhenbao-island")))
			.andExpect(jsonPath("$[?(@.id == 'beijing')].events", contains(2)))
			.andExpect(jsonPath("$[?(@.id == 'zhenbao-island')].names[*].name",
					hasItems("Damansky Island", "остров Даманский")));
	}

	@Test
	void disputesListTheCompetingClaimsWithTheirCitations() throws Exception {
		this.mvc.perform(get("/api/disputes"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(2)))
			.andExpect(jsonPath("$[0].event.id").value(EXPERTS))
			.andExpect(jsonPath("$[0].dispute").value("number"))
			.andExpect(jsonPath("$[0].claims[*].id").value(contains("number-large", "number-small")))
			.andExpect(jsonPath("$[0].claims[*].rank").value(contains("normal", "normal")))
			.andExpect(jsonPath("$[0].claims[1].citations[0].source").value("source-c"))
			.andExpect(jsonPath("$[0].claims[1].citations[0].locator").value("p. 77"))
			.andExpect(jsonPath("$[1].event.id").value(ZHENBAO))
			.andExpect(jsonPath("$[1].dispute").value("date"))
			.andExpect(jsonPath("$[1].claims[*].rank").value(contains("preferred", "deprecated")))
			.andExpect(jsonPath("$[1].claims[1].citations[0].sourceTitle").value("Revision cards"));
	}

	// --- problem details

	@Test
	void unknownIdsAreProblemsListingTheValidOnes() throws Exception {
		assertProblem(get("/api/events").param("theme", "nope"), 400, "theme")
			.andExpect(jsonPath("$.detail").value(containsString("'nope'")))
			.andExpect(
					jsonPath("$.validValues").value(contains("alliance", "border", "ideology", "military", "economy")))
			.andExpect(jsonPath("$.allowed").value(containsString("alliance, border, ideology, military, economy")));
		assertProblem(get("/api/events").param("theme", "border").param("theme", "nope"), 400, "theme");
		assertProblem(get("/api/events").param("period", "nope"), 400, "period").andExpect(jsonPath("$.validValues")
			.value(containsInAnyOrder("alliance", "split", "confrontation", "other-early", "other-crisis")));
		assertProblem(get("/api/events").param("source", "nope"), 400, "source")
			.andExpect(jsonPath("$.validValues").value(containsInAnyOrder("reference-a", "document-b", "source-c")));
		assertProblem(get("/api/events").param("actor", "nope"), 400, "actor")
			.andExpect(jsonPath("$.validValues").value(containsInAnyOrder("mao-zedong", "nikita-khrushchev")));
		assertProblem(get("/api/events").param("place", "nope"), 400, "place").andExpect(
				jsonPath("$.validValues").value(containsInAnyOrder("moscow", "beijing", "jinmen", "zhenbao-island")));
		// An alias is not a filter value, and ids are case-sensitive.
		assertProblem(get("/api/events").param("theme", "Border"), 400, "theme");
	}

	@Test
	void malformedDatesAreProblemsShowingTheAcceptedForms() throws Exception {
		for (String parameter : List.of("from", "to")) {
			for (String value : List.of("58", "1958-8", "1958-13", "1958-02-30", "19580823", "1958/1959", "1958~",
					"August 1958", "-1958", "1958-08-23T00:00")) {
				assertProblem(get("/api/events").param(parameter, value), 400, parameter)
					.andExpect(jsonPath("$.allowed").value(containsString(ACCEPTED_DATES)));
			}
		}
	}

	@Test
	void fromAfterToIsAProblem() throws Exception {
		assertProblem(get("/api/events").param("from", "1960").param("to", "1959"), 400, "to")
			.andExpect(jsonPath("$.allowed").value(containsString("on or after 'from' (1960)")));
		assertProblem(get("/api/events").param("from", "1958-08-02").param("to", "1958-08-01"), 400, "to");
		this.mvc.perform(get("/api/events").param("from", "1958-08").param("to", "1958-08-31"))
			.andExpect(status().isOk());
	}

	@Test
	void badFlagsAndSortsAreProblems() throws Exception {
		for (String value : List.of("yes", "1", "TRUE", "on", "true,false")) {
			assertProblem(get("/api/events").param("disputed", value), 400, "disputed")
				.andExpect(jsonPath("$.allowed").value("true or false"));
		}
		for (String value : List.of("title", "+date", "date,-date", "DATE", "-id")) {
			assertProblem(get("/api/events").param("sort", value), 400, "sort")
				.andExpect(jsonPath("$.allowed").value(containsString("-date")));
		}
	}

	@Test
	void tooLongSearchTextIsAProblem() throws Exception {
		assertProblem(get("/api/events").param("q", "x".repeat(201)), 400, "q")
			.andExpect(jsonPath("$.allowed").value(containsString("200")));
		this.mvc.perform(get("/api/events").param("q", "x".repeat(200)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content").isEmpty());
	}

	@Test
	void unknownEventAndSourceAreNotFoundProblems() throws Exception {
		assertProblemBody(get("/api/events/no-such-event"), 404, "/api/events/no-such-event")
			.andExpect(jsonPath("$.detail").value(containsString("no-such-event")));
		assertProblemBody(get("/api/sources/no-such-source"), 404, "/api/sources/no-such-source")
			.andExpect(jsonPath("$.detail").value(containsString("no-such-source")));
		// The id of another kind of record is not an event.
		assertProblemBody(get("/api/events/source-c"), 404, "/api/events/source-c");
		assertProblemBody(get("/api/sources/" + ZHENBAO), 404, "/api/sources/" + ZHENBAO);
		this.mvc.perform(get("/events/no-such-event").accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isNotFound());
	}

	@Test
	void theApiIsReadOnly() throws Exception {
		for (String path : List.of("/api/events", "/api/events/" + ZHENBAO, "/api/sources", "/api/themes",
				"/events/" + ZHENBAO)) {
			this.mvc.perform(post(path)).andExpect(status().isMethodNotAllowed());
			this.mvc.perform(put(path).contentType(MediaType.APPLICATION_JSON).content("{}"))
				.andExpect(status().isMethodNotAllowed());
			this.mvc.perform(delete(path)).andExpect(status().isMethodNotAllowed());
			this.mvc.perform(patch(path)).andExpect(status().isMethodNotAllowed());
		}
	}

	private ResultActions assertProblem(MockHttpServletRequestBuilder request, int status, String parameter)
			throws Exception {
		return assertProblemBody(request, status, "/api/events").andExpect(jsonPath("$.parameter").value(parameter))
			.andExpect(jsonPath("$.title").value("Invalid parameter"))
			.andExpect(jsonPath("$.detail").value(containsString("'" + parameter + "'")))
			.andExpect(jsonPath("$.allowed").isNotEmpty());
	}

	private ResultActions assertProblemBody(MockHttpServletRequestBuilder request, int status, String instance)
			throws Exception {
		return this.mvc.perform(request)
			.andExpect(status().is(status))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect((result) -> assertThat(problemType(result)).as("type, absent meaning about:blank")
				.isIn(null, "about:blank"))
			.andExpect(jsonPath("$.title").isNotEmpty())
			.andExpect(jsonPath("$.status").value(status))
			.andExpect(jsonPath("$.detail").isNotEmpty())
			.andExpect(jsonPath("$.instance").value(instance));
	}

	private String problemType(MvcResult result) throws Exception {
		JsonNode type = this.json.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8)).get("type");
		return (type != null) ? type.asString() : null;
	}

	private List<String> ids(String... parameters) throws Exception {
		MockHttpServletRequestBuilder request = get("/api/events").param("size", "500");
		for (int i = 0; i < parameters.length; i += 2) {
			request.param(parameters[i], parameters[i + 1]);
		}
		JsonNode body = json(request);
		List<String> ids = new ArrayList<>();
		body.get("content").forEach((item) -> ids.add(item.get("id").asString()));
		assertThat(body.get("page").get("totalElements").asInt()).isEqualTo(ids.size());
		return ids;
	}

	private JsonNode json(MockHttpServletRequestBuilder request) throws Exception {
		MvcResult result = this.mvc.perform(request).andExpect(status().isOk()).andReturn();
		return this.json.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	private static List<String> reversed(List<String> list) {
		List<String> copy = new ArrayList<>(list);
		Collections.reverse(copy);
		return copy;
	}

}
