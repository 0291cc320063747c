package org.sinosoviet.timeline.taxonomy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.stringContainsInOrder;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The periodizations page and the period API over the small fixture dataset.
 */
@SpringBootTest(
		properties = { "timeline.data-dir=src/test/resources/dataset/valid", "timeline.response-cache-bytes=0" })
@AutoConfigureMockMvc
class PeriodsWebIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TaxonomyService taxonomy;

	@Test
	void drawsEverySchemeWithABandLinkingToEachPeriod() throws Exception {
		MvcResult result = this.mvc.perform(get("/periods"))
			.andExpect(status().isOk())
			.andExpect(view().name("period/list"))
			.andReturn();
		PeriodBands bands = (PeriodBands) result.getModelAndView().getModel().get("bands");
		assertThat(bands.rows()).extracting(PeriodBands.Row::id)
			.containsExactlyElementsOf(this.taxonomy.schemes().stream().map(SchemeView::id).toList());
		assertThat(bands.rows().get(0).isDefault()).isTrue();
		for (SchemeView scheme : this.taxonomy.schemes()) {
			for (PeriodView period : scheme.periods()) {
				this.mvc.perform(get("/periods"))
					.andExpect(content().string(containsString("href=\"/periods/" + period.id() + "\"")));
			}
		}
		this.mvc.perform(get("/periods"))
			.andExpect(content().string(stringContainsInOrder("<svg class=\"periods\"", "class=\"period-band\"",
					"<section class=\"scheme\"")));
	}

	@Test
	void apiAnswersOnePeriodWithItsCitations() throws Exception {
		PeriodView first = this.taxonomy.schemes().get(0).periods().get(0);
		this.mvc.perform(get("/api/periods/" + first.id()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(first.id()))
			.andExpect(jsonPath("$.displayRange").value(first.displayRange()));
		this.mvc.perform(get("/api/periods/no-such-period")).andExpect(status().isNotFound());
	}

}
