package org.sinosoviet.timeline.event;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import org.sinosoviet.timeline.event.Views.ClaimView;
import org.sinosoviet.timeline.event.Views.EventRef;
import org.sinosoviet.timeline.event.Views.Ref;
import org.sinosoviet.timeline.source.CitationView;
import org.sinosoviet.timeline.taxonomy.NameView;
import org.sinosoviet.timeline.taxonomy.NamedView;
import org.sinosoviet.timeline.web.InvalidParameterException;
import org.sinosoviet.timeline.web.WebSliceConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.sinosoviet.timeline.event.ApiEvents.JINMEN;
import static org.sinosoviet.timeline.event.ApiEvents.TALKS;
import static org.sinosoviet.timeline.event.ApiEvents.TRANSIT;
import static org.sinosoviet.timeline.event.ApiEvents.ZHENBAO;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The timeline's JSON over a mocked {@link EventService}: parameters bound to a filter
 * and a page, the records with absolute permalinks, aliases answered with 301, and
 * problems for unknown ids and bad parameters.
 */
@WebMvcTest(EventApiController.class)
@Import(WebSliceConfiguration.class)
class EventApiControllerTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	EventService events;

	@Test
	void listsAPageOfEventsWithAbsolutePermalinks() throws Exception {
		given(this.events.events(TimelineFilter.all(), 0, 50))
			.willReturn(new PageImpl<>(List.of(summary(TALKS), summary(JINMEN)), PageRequest.of(0, 50), 2));
		this.mvc.perform(get("/api/events"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.content[*].id").value(contains(TALKS, JINMEN)))
			.andExpect(jsonPath("$.content[0].date").value("1958-07-31/1958-08-03"))
			.andExpect(jsonPath("$.content[0].start").value("1958-07-31"))
			.andExpect(jsonPath("$.content[0].themes").value(contains("military", "alliance")))
			.andExpect(jsonPath("$.content[0].permalink").value("http://localhost/events/" + TALKS))
			.andExpect(page(50, 0, 2, 1));
	}

	@Test
	void bindsEveryFilterAndThePageToTheService() throws Exception {
		TimelineFilter filter = new TimelineFilter("split", List.of("military", "border"), List.of("source-c"),
				List.of("mao-zedong"), List.of("beijing"), LocalDate.of(1958, 8, 1), LocalDate.of(1959, 12, 31),
				"talks", true, List.of(), null, true);
		given(this.events.events(filter, 1, 2))
			.willReturn(new PageImpl<>(List.of(summary(JINMEN), summary(TALKS)), PageRequest.of(1, 2), 5));
		this.mvc
			.perform(get("/api/events").param("period", "split")
				.param("theme", "military,border")
				.param("source", "source-c")
				.param("actor", "mao-zedong")
				.param("place", "beijing")
				.param("from", "1958-08")
				.param("to", "1959")
				.param("q", " talks ")
				.param("disputed", "true")
				.param("sort", "-date")
				.param("page", "1")
				.param("size", "2"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[*].id").value(contains(JINMEN, TALKS)))
			.andExpect(page(2, 1, 5, 3));
	}

	@Test
	void showsOneEventWithItsClaimsAndNeighbours() throws Exception {
		given(this.events.event(ZHENBAO)).willReturn(Optional.of(zhenbao()));
		this.mvc.perform(get("/api/events/" + ZHENBAO))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.id").value(ZHENBAO))
			.andExpect(jsonPath("$.disputed").value(true))
			.andExpect(jsonPath("$.period.id").value("confrontation"))
			.andExpect(jsonPath("$.places[0].names[0].name").value("остров Даманский"))
			.andExpect(jsonPath("$.claims[*].id").value(contains("date-preferred", "date-cards")))
			.andExpect(jsonPath("$.claims[1].rank").value("deprecated"))
			.andExpect(jsonPath("$.claims[1].citations[0].locator").value("card 5 of 7"))
			.andExpect(jsonPath("$.aliases").value(contains("1969-island-clash")))
			.andExpect(jsonPath("$.previous.id").value(TRANSIT))
			.andExpect(jsonPath("$.next").doesNotExist())
			.andExpect(jsonPath("$.permalink").value("http://localhost/events/" + ZHENBAO));
	}

	@Test
	void showsOneClaimAtItsAnchoredAddress() throws Exception {
		given(this.events.event(ZHENBAO)).willReturn(Optional.of(zhenbao()));
		this.mvc.perform(get("/api/events/" + ZHENBAO + "/claims/date-cards"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.event").value(ZHENBAO))
			.andExpect(jsonPath("$.permalink").value("http://localhost/events/" + ZHENBAO + "#claim-date-cards"))
			.andExpect(jsonPath("$.claim.reason").value("The clashes were in March 1969."));
		assertProblem(get("/api/events/" + ZHENBAO + "/claims/no-such-claim"), 404)
			.andExpect(jsonPath("$.detail").value(containsString("'no-such-claim'")));
	}

	@Test
	void aliasAnswersAPermanentRedirectToTheLiveId() throws Exception {
		given(this.events.event("1969-island-clash")).willReturn(Optional.empty());
		given(this.events.aliasTarget("1969-island-clash")).willReturn(Optional.of(ZHENBAO));
		this.mvc.perform(get("/api/events/1969-island-clash"))
			.andExpect(status().isMovedPermanently())
			.andExpect(header().string("Location", "http://localhost/api/events/" + ZHENBAO));
		this.mvc.perform(get("/api/events/1969-island-clash/claims/date-cards"))
			.andExpect(status().isMovedPermanently())
			.andExpect(header().string("Location", "http://localhost/api/events/" + ZHENBAO + "/claims/date-cards"));
	}

	@Test
	void unknownEventIsANotFoundProblem() throws Exception {
		given(this.events.event("no-such-event")).willReturn(Optional.empty());
		given(this.events.aliasTarget("no-such-event")).willReturn(Optional.empty());
		assertProblem(get("/api/events/no-such-event"), 404).andExpect(jsonPath("$.title").value("Not found"))
			.andExpect(jsonPath("$.detail").value(containsString("'no-such-event'")))
			.andExpect(jsonPath("$.instance").value("/api/events/no-such-event"));
	}

	@Test
	void badPageSizeIsAProblemNamingTheParameter() throws Exception {
		for (String size : List.of("0", "501", "abc")) {
			assertProblem(get("/api/events").param("size", size), 400)
				.andExpect(jsonPath("$.title").value("Invalid parameter"))
				.andExpect(jsonPath("$.parameter").value("size"))
				.andExpect(jsonPath("$.allowed").value("a page size from 1 to 500"))
				.andExpect(jsonPath("$.detail").value(containsString("'" + size + "'")))
				.andExpect(jsonPath("$.instance").value("/api/events"));
		}
		verifyNoInteractions(this.events);
	}

	@Test
	void malformedFilterIsAProblemNamingTheParameter() throws Exception {
		assertProblem(get("/api/events").param("disputed", "yes"), 400)
			.andExpect(jsonPath("$.parameter").value("disputed"))
			.andExpect(jsonPath("$.allowed").value("true or false"));
		verifyNoInteractions(this.events);
	}

	@Test
	void unknownIdInAFilterIsAProblemListingTheValidOnes() throws Exception {
		TimelineFilter filter = new TimelineFilter(null, List.of("nope"), List.of(), List.of(), List.of(), null, null,
				null, false, List.of(), null, false);
		willThrow(new InvalidParameterException("theme", "nope", "one of alliance, border",
				List.of("alliance", "border")))
			.given(this.events)
			.events(filter, 0, 50);
		assertProblem(get("/api/events").param("theme", "nope"), 400).andExpect(jsonPath("$.parameter").value("theme"))
			.andExpect(jsonPath("$.validValues").value(contains("alliance", "border")))
			.andExpect(jsonPath("$.allowed").value("one of alliance, border"));
	}

	/** The page metadata of a {@code PagedModel}. */
	private static ResultMatcher page(int size, int number, long totalElements, int totalPages) {
		List<ResultMatcher> matchers = List.of(jsonPath("$.page.size").value(size),
				jsonPath("$.page.number").value(number), jsonPath("$.page.totalElements").value(totalElements),
				jsonPath("$.page.totalPages").value(totalPages));
		return (result) -> {
			for (ResultMatcher matcher : matchers) {
				matcher.match(result);
			}
		};
	}

	private ResultActions assertProblem(MockHttpServletRequestBuilder request, int status) throws Exception {
		return this.mvc.perform(request)
			.andExpect(status().is(status))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(status));
	}

	private static EventSummary summary(String id) {
		return switch (id) {
			case TALKS -> new EventSummary(TALKS, "Talks in Beijing", "1958-07-31/1958-08-03",
					LocalDate.of(1958, 7, 31), LocalDate.of(1958, 8, 3), "day", "31 July – 3 August 1958", "split",
					List.of("military", "alliance"), "The two leaders met for four days of talks.", false,
					"/events/" + TALKS, 2);
			case JINMEN -> new EventSummary(JINMEN, "Shelling of Jinmen", "1958-08", LocalDate.of(1958, 8, 1),
					LocalDate.of(1958, 8, 31), "month", "August 1958", "split", List.of("military"),
					"Artillery began shelling an offshore island.", false, "/events/" + JINMEN, 2);
			default -> throw new IllegalArgumentException(id);
		};
	}

	private static EventDetail zhenbao() {
		return new EventDetail(ZHENBAO, "Clash on Zhenbao Island", "1969-03-02", LocalDate.of(1969, 3, 2),
				LocalDate.of(1969, 3, 2), "day", "2 March 1969", false, false, false, true,
				new Ref("confrontation", "Confrontation"), List.of(new Ref("border", "Border talks and clashes")),
				List.of(),
				List.of(new NamedView("zhenbao-island", "Zhenbao Island", "island", null,
						List.of(new NameView("остров Даманский", "ru", null)), 1)),
				"Chinese and Soviet border troops fought on a river island.", null,
				List.of(new ClaimView("date-preferred", "The first clash was on 2 March 1969.", "preferred",
						"Agrees with the reference article.", "date", null,
						List.of(new CitationView("reference-a", "A reference article", null))),
						new ClaimView("date-cards", "The clashes were in 1960-63.", "deprecated",
								"The clashes were in March 1969.", "date", "contradicted",
								List.of(new CitationView("document-b", "Revision cards", "card 5 of 7")))),
				List.of("1969-island-clash"), new EventRef(TRANSIT, "Quarrel over aid in transit", "1965–1966"), null,
				List.of(), "/events/" + ZHENBAO, 2);
	}

}
