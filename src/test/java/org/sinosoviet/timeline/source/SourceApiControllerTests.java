package org.sinosoviet.timeline.source;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import org.sinosoviet.timeline.web.WebSliceConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The bibliography's JSON: the service's records as they are, and a problem for an
 * unknown id.
 */
@WebMvcTest(SourceApiController.class)
@Import(WebSliceConfiguration.class)
class SourceApiControllerTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	SourceService sources;

	@Test
	void listsEverySourceInTheServicesOrder() throws Exception {
		given(this.sources.sources()).willReturn(List.of(SourceFixtures.monograph(), SourceFixtures.cards()));
		this.mvc.perform(get("/api/sources"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$", hasSize(2)))
			.andExpect(jsonPath("$[*].id").value(contains("source-c", "document-b")))
			.andExpect(jsonPath("$[0].type").value("scholarship"))
			.andExpect(jsonPath("$[0].typeTitle").value("Scholarship"))
			.andExpect(jsonPath("$[0].claims").value(4))
			.andExpect(jsonPath("$[1].reliability").value("Contains errors."));
	}

	@Test
	void showsOneSourceWithTheEventsCitingIt() throws Exception {
		given(this.sources.source("source-c")).willReturn(Optional.of(SourceFixtures.monograph()));
		this.mvc.perform(get("/api/sources/source-c"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value("source-c"))
			.andExpect(jsonPath("$.title").value("A fixture monograph"))
			.andExpect(jsonPath("$.authors").value(contains("Fixture, Author")))
			.andExpect(jsonPath("$.publisher").value("Fixture Press"))
			.andExpect(jsonPath("$.date").value("2001"))
			.andExpect(jsonPath("$.claims").value(4))
			.andExpect(jsonPath("$.events").value(contains("1956-02-25-secret-speech", "1958-radio-station",
					"1958-07-31-beijing-talks", "1960-07-experts-recalled")));
	}

	@Test
	void writesDatesAsIsoDays() throws Exception {
		given(this.sources.source("reference-a")).willReturn(Optional.of(SourceFixtures.reference()));
		this.mvc.perform(get("/api/sources/reference-a"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.accessed").value("2026-11-22"))
			.andExpect(jsonPath("$.url").value("https://example.org/reference-a"))
			.andExpect(jsonPath("$.container").value("An encyclopedia"));
	}

	@Test
	void unknownSourceIsANotFoundProblem() throws Exception {
		given(this.sources.source("no-such-source")).willReturn(Optional.empty());
		this.mvc.perform(get("/api/sources/no-such-source"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(404))
			.andExpect(jsonPath("$.title").value("Not found"))
			.andExpect(jsonPath("$.detail").value(containsString("'no-such-source'")))
			.andExpect(jsonPath("$.instance").value("/api/sources/no-such-source"));
	}

}
