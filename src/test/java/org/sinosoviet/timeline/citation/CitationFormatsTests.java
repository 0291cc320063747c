package org.sinosoviet.timeline.citation;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.sinosoviet.timeline.citation.CitationFormats.EventCitations;
import org.sinosoviet.timeline.citation.CitationFormats.Meta;
import org.sinosoviet.timeline.source.SourceService;
import org.sinosoviet.timeline.web.SiteUrls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * The ready-made citations and the page metadata of an event.
 */
class CitationFormatsTests {

	static final String URL = "https://example.org/events/1969-03-02-zhenbao-island-clash";

	final JsonMapper json = JsonMapper.builder().build();

	CitationFormats formats;

	@BeforeEach
	void formats() {
		SiteUrls urls = mock(SiteUrls.class);
		given(urls.absolute(anyString())).willAnswer((call) -> "https://example.org" + call.getArgument(0));
		SourceService sources = mock(SourceService.class);
		given(sources.sources(anyCollection())).willAnswer((call) -> {
			Collection<String> ids = call.getArgument(0);
			return ids.stream()
				.map(Map.of("fu-2023", Fixtures.article(), "nyt-1995", Fixtures.newspaper())::get)
				.filter(Objects::nonNull)
				.toList();
		});
		this.formats = new CitationFormats(urls, sources, this.json,
				Clock.fixed(Fixtures.TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
	}

	@Test
	void chicagoGivesTheNoteAndTheBibliographyEntry() {
		EventCitations cite = this.formats.event(Fixtures.zhenbao());
		assertThat(cite.chicagoNote().text()).isEqualTo("“Clash on Zhenbao (Damansky) Island (2 March 1969),” "
				+ "Sino-Soviet Timeline, accessed November 22, 2026, " + URL + ".");
		assertThat(cite.chicagoBibliography().text()).isEqualTo("Sino-Soviet Timeline. “Clash on Zhenbao (Damansky) "
				+ "Island (2 March 1969).” Accessed November 22, 2026. " + URL + ".");
	}

	@Test
	void apaItalicizesTheTitleAndGivesTheRetrievalDate() {
		EventCitations cite = this.formats.event(Fixtures.zhenbao());
		assertThat(cite.apa().italic()).isEqualTo("Clash on Zhenbao (Damansky) Island (2 March 1969)");
		assertThat(cite.apa().text()).isEqualTo("Sino-Soviet Timeline. (n.d.). Clash on Zhenbao (Damansky) Island "
				+ "(2 March 1969). Retrieved November 22, 2026, from " + URL);
	}

	@Test
	void mlaItalicizesTheSiteAndDropsTheScheme() {
		EventCitations cite = this.formats.event(Fixtures.zhenbao());
		assertThat(cite.mla().italic()).isEqualTo("Sino-Soviet Timeline");
		assertThat(cite.mla().text()).isEqualTo("“Clash on Zhenbao (Damansky) Island (2 March 1969).” Sino-Soviet "
				+ "Timeline, example.org/events/1969-03-02-zhenbao-island-clash. Accessed 22 Nov. 2026.");
		assertThat(cite.accessed()).isEqualTo("22 November 2026");
		assertThat(cite.accessedIso()).isEqualTo("2026-11-22");
	}

	@Test
	void mlaAbbreviatesOnlyLongMonths() {
		assertThat(CitationFormats.mla(java.time.LocalDate.of(2026, 6, 3))).isEqualTo("3 June 2026");
		assertThat(CitationFormats.mla(java.time.LocalDate.of(2026, 9, 30))).isEqualTo("30 Sept. 2026");
		assertThat(CitationFormats.mla(java.time.LocalDate.of(2026, 5, 1))).isEqualTo("1 May 2026");
		assertThat(CitationFormats.mla(java.time.LocalDate.of(2026, 2, 1))).isEqualTo("1 Feb. 2026");
	}

	@Test
	void metaTagsCarryTheEventsRealTitleAndDate() {
		List<Meta> meta = this.formats.meta(Fixtures.zhenbao());
		assertThat(meta).contains(new Meta("citation_title", "Clash on Zhenbao (Damansky) Island"),
				new Meta("citation_date", "1969/03/02"), new Meta("citation_public_url", URL),
				new Meta("citation_publisher", "Sino-Soviet Timeline"),
				new Meta("DC.title", "Clash on Zhenbao (Damansky) Island"), new Meta("DC.date", "1969-03-02"),
				new Meta("DC.identifier", URL), new Meta("DC.subject", "Border talks and clashes"),
				new Meta("DC.coverage", "Zhenbao Island"));
		for (String single : List.of("citation_title", "citation_date", "DC.title", "DC.date", "DC.identifier")) {
			assertThat(meta).as(single).filteredOn((tag) -> tag.name().equals(single)).hasSize(1);
		}
	}

	@Test
	void metaDatesFollowThePrecision() {
		assertThat(DateParts.slashed(DateParts.parse("1958-08~").start())).isEqualTo("1958/08");
		assertThat(DateParts.parse("1950-10-19/1953-07").iso()).isEqualTo("1950-10-19/1953-07");
		assertThat(DateParts.parse("1960?").iso()).isEqualTo("1960");
	}

	@Test
	void jsonLdIsASchemaOrgEventCitingItsSources() {
		JsonNode ld = this.json.readTree(this.formats.jsonLd(Fixtures.zhenbao()));
		assertThat(ld.path("@context").asString()).isEqualTo("https://schema.org");
		assertThat(ld.path("@type").asString()).isEqualTo("Event");
		assertThat(ld.path("name").asString()).isEqualTo("Clash on Zhenbao (Damansky) Island");
		assertThat(ld.path("startDate").asString()).isEqualTo("1969-03-02");
		assertThat(ld.path("endDate").asString()).isEqualTo("1969-03-02");
		assertThat(ld.path("url").asString()).isEqualTo(URL);
		assertThat(ld.path("location").get(0).path("@type").asString()).isEqualTo("Place");
		assertThat(ld.path("location").get(0).path("name").asString()).isEqualTo("Zhenbao Island");
		assertThat(ld.path("location").get(0).path("alternateName").get(0).asString()).isEqualTo("Даманский");
		assertThat(ld.path("about").findValuesAsString("name")).contains("Border talks and clashes", "Mao Zedong");
		JsonNode citation = ld.path("citation");
		assertThat(citation.size()).isEqualTo(2);
		assertThat(citation.get(0).path("@type").asString()).isEqualTo("ScholarlyArticle");
		assertThat(citation.get(0).path("name").asString()).startsWith("Sino-Soviet Relations in the Early 1950s");
		assertThat(citation.get(0).path("author").get(0).path("name").asString()).isEqualTo("Tingchen Fu");
		assertThat(citation.get(0).path("identifier").asString())
			.isEqualTo("https://doi.org/10.54254/2753-7048/25/20230689");
		assertThat(citation.get(1).path("author").get(0).path("@type").asString()).isEqualTo("Organization");
		assertThat(citation.get(1).path("datePublished").asString()).isEqualTo("1958-08");
	}

	@Test
	void jsonLdCannotEndItsScriptElement() {
		String ld = this.formats.jsonLd(Fixtures.zhenbao());
		assertThat(ld).doesNotContain("<").contains("\\u003c/script>");
		assertThat(this.json.readTree(ld).path("description").asString()).contains("</script><script>");
	}

}
