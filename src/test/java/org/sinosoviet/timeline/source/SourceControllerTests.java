package org.sinosoviet.timeline.source;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.sinosoviet.timeline.citation.CitationFormats;
import org.sinosoviet.timeline.citation.CitationStyles;
import org.sinosoviet.timeline.web.WebSliceConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The bibliography page: the service's sources grouped by type, in its order, rendered
 * with the layout.
 */
@WebMvcTest(SourceController.class)
// The bibliography's entries are rendered by the citation feature's CSL styles.
@Import({ WebSliceConfiguration.class, CitationFormats.class, CitationStyles.class })
class SourceControllerTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	SourceService sources;

	@Test
	void groupsTheSourcesByTypeInTheServicesOrder() throws Exception {
		given(this.sources.sources())
			.willReturn(List.of(SourceFixtures.monograph(), SourceFixtures.reference(), SourceFixtures.cards()));
		MvcResult result = this.mvc.perform(get("/sources"))
			.andExpect(status().isOk())
			.andExpect(view().name("source/list"))
			.andExpect(model().attribute("count", 3))
			.andExpect(model().attribute("canonicalUrl", "http://localhost/sources"))
			.andReturn();
		Map<String, List<SourceView>> byType = byType(result);
		assertThat(byType.keySet()).containsExactly("Scholarship", "Reference works",
				"Textbooks and revision material");
		assertThat(byType.get("Reference works")).extracting(SourceView::id).containsExactly("reference-a");
	}

	@Test
	void keepsSourcesOfOneTypeTogetherInOrder() throws Exception {
		given(this.sources.sources())
			.willReturn(List.of(SourceFixtures.monograph(), SourceFixtures.cards(), SourceFixtures.secondMonograph()));
		MvcResult result = this.mvc.perform(get("/sources"))
			.andExpect(status().isOk())
			.andExpect(model().attribute("count", 3))
			.andReturn();
		Map<String, List<SourceView>> byType = byType(result);
		assertThat(byType.keySet()).containsExactly("Scholarship", "Textbooks and revision material");
		assertThat(byType.get("Scholarship")).extracting(SourceView::id).containsExactly("source-c", "source-d");
	}

	@Test
	void rendersEachSourceAsAChicagoBibliographyEntryWithItsClaimCount() throws Exception {
		given(this.sources.sources()).willReturn(List.of(SourceFixtures.monograph(), SourceFixtures.cards()));
		this.mvc.perform(get("/sources"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
			.andExpect(content().string(containsString(
					"<span class=\"source-entry\">Fixture, Author. <i>A Fixture Monograph</i>. Fixture Press, 2001.</span>")))
			.andExpect(content().string(not(containsString("style="))))
			.andExpect(content().string(containsString("href=\"/sources/source-c\"")))
			.andExpect(content().string(containsString("4 claims")))
			.andExpect(content().string(containsString("1 claim<")))
			.andExpect(content().string(containsString("<link rel=\"canonical\" href=\"http://localhost/sources\">")));
	}

	@SuppressWarnings("unchecked")
	private static Map<String, List<SourceView>> byType(MvcResult result) {
		return (Map<String, List<SourceView>>) result.getModelAndView().getModel().get("sourcesByType");
	}

}
