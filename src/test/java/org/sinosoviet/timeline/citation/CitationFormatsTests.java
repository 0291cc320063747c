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

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.csl.CSLItemData;

import org.sinosoviet.timeline.citation.CitationFormats.EventCitations;
import org.sinosoviet.timeline.citation.CitationStyles.Rendering;
import org.sinosoviet.timeline.citation.CitationStyles.Style;
import org.sinosoviet.timeline.citation.CitationFormats.Meta;
import org.sinosoviet.timeline.source.SourceService;
import org.sinosoviet.timeline.web.SiteUrls;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * The citations of an event's entry and of sources, rendered with the CSL styles, and the
 * metadata of their pages as Zotero reads it.
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
		this.formats = new CitationFormats(urls, sources, this.json, new CitationStyles(this.json),
				Clock.fixed(Fixtures.TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
	}

	@Test
	void everyStyleIsCiteprocJavasRenderingOfTheDownloadedItem() throws Exception {
		EventCitations cite = this.formats.event(Fixtures.zhenbao());
		// The item as /events/{id}.json serves it, rendered again on its own, as text.
		String download = this.json.writeValueAsString(CslJson.item(this.formats.work(Fixtures.zhenbao())));
		for (Style style : Style.values()) {
			CSLItemData item = CSLItemData.fromJson(this.json.readValue(download, Map.class));
			String bibliography = CSL.makeAdhocBibliography(style.id(), "text", item).getEntries()[0].strip();
			String citation = CSL.makeAdhocCitation(style.id(), "text", item).get(0).getText().strip();
			assertThat(cite.in(style).bibliographyText()).as(style.name()).isEqualTo(bibliography);
			assertThat(cite.in(style).citationText()).as(style.name()).isEqualTo(citation);
			assertThat(cite.in(style).bibliographyHtml() + cite.in(style).citationHtml()).as(style.name())
				.doesNotContain("style=", "<div", "<script");
		}
	}

	@Test
	void theEventIsAWebPageOfTheSiteWithAnAccessDateAndNoDateOfItsOwn() {
		EventCitations cite = this.formats.event(Fixtures.zhenbao());
		assertThat(cite.in(Style.CHICAGO_NOTE).citationText())
			.isEqualTo("“Clash on Zhenbao (Damansky) Island (2 March 1969),” Sino-Soviet Timeline, accessed "
					+ "November 22, 2026, " + URL + ".");
		assertThat(cite.in(Style.CHICAGO_NOTE).bibliographyText()).isEqualTo("Sino-Soviet Timeline. “Clash on "
				+ "Zhenbao (Damansky) Island (2 March 1969).” Accessed November 22, 2026. " + URL + ".");
		assertThat(cite.in(Style.APA).bibliographyText()).isEqualTo("Clash on Zhenbao (Damansky) Island "
				+ "(2 March 1969). (n.d.). Sino-Soviet Timeline. Retrieved November 22, 2026, from " + URL);
		assertThat(cite.in(Style.APA).bibliographyHtml()).startsWith("<i>Clash on Zhenbao (Damansky) Island");
		assertThat(cite.in(Style.MLA).bibliographyText()).isEqualTo("“Clash on Zhenbao (Damansky) Island "
				+ "(2 March 1969).” Sino-Soviet Timeline, " + URL + ". Accessed 22 Nov. 2026.");
		assertThat(cite.in(Style.MLA).bibliographyHtml()).contains("<i>Sino-Soviet Timeline</i>");
		for (Style style : Style.values()) {
			// The event's year printed as the item's date was the bug of issue 17.
			assertThat(cite.in(style).bibliographyText()).as(style.name())
				.doesNotContain("Timeline 1969", "Timeline, 1969", "2 Mar. 1969", "(1969");
		}
		assertThat(cite.accessed()).isEqualTo("22 November 2026");
	}

	@Test
	void citeprocsInlineStylesBecomeElementsAndClasses() {
		assertThat(CitationStyles.safeHtml("<div class=\"csl-bib-body\">\n  <div class=\"csl-entry\">A <span "
				+ "style=\"font-style: italic\">B <span style=\"font-style:normal;\">C</span></span> <span "
				+ "style=\"font-variant:small-caps;\">D</span> <span style=\"font-weight:bold\">E</span>"
				+ "<span style=\"vertical-align:sup;\">2</span> &amp;</div>\n</div>"))
			.isEqualTo("A <i>B <span class=\"csl-normal\">C</span></i> <span class=\"csl-small-caps\">D</span> "
					+ "<b>E</b><sup>2</sup> &amp;");
		assertThat(CitationStyles.text("“A” <i>B</i> &amp; &ldquo;C&rdquo; 155&ndash;59"))
			.isEqualTo("“A” B & “C” 155–59");
		assertThatIllegalStateException().isThrownBy(() -> CitationStyles.safeHtml("<a href=\"x\">x</a>"));
		assertThatIllegalStateException()
			.isThrownBy(() -> CitationStyles.safeHtml("<span style=\"color: red\">x</span>"));
	}

	@Test
	void aSourceIsCitedFromItsOwnRecord() {
		List<Rendering> article = this.formats.source(Fixtures.article());
		assertThat(article).extracting(Rendering::style).containsExactly(Style.values());
		assertThat(article.get(0).bibliographyText()).isEqualTo("Fu, Tingchen. “Sino-Soviet Relations in the Early "
				+ "1950s - Late 1960s: 50% {More} & $Less_#.” Lecture Notes in Education Psychology and Public Media 25 "
				+ "(November 28, 2023): 155–59. https://doi.org/10.54254/2753-7048/25/20230689.");
		assertThat(this.formats.bibliographyEntry(Fixtures.editedBook()))
			.startsWith("Westad, Odd Arne, ed. <i>Brothers in Arms:");
		assertThat(this.formats.bibliographyEntry(Fixtures.corporate()))
			.startsWith("Bureau of Arms Control, Verification, and Compliance. &ldquo;Treaty Banning");
		assertThat(this.formats.bibliographyEntry(Fixtures.chapter())).contains("In <i>Revolutionary Moments",
				"edited by Rachel Hammersley, 175&ndash;82");
	}

	@Test
	void zoteroSavesAnEventPageAsAWebPageOfTheSite() {
		List<Meta> meta = this.formats.meta(Fixtures.zhenbao());
		assertThat(meta).extracting(Meta::key)
			.containsExactly("DC.title", "DC.type", "DC.description", "DC.identifier", "DC.language", "DC.subject",
					"DC.rights", "og:type", "og:site_name", "og:title", "og:description", "og:url")
			.noneMatch((key) -> key.startsWith("citation_"));
		Map<String, Object> item = EmbeddedMetadata.read(head(meta));
		assertThat(item).containsEntry("itemType", "webpage")
			.containsEntry("title", "Clash on Zhenbao (Damansky) Island (2 March 1969)")
			.containsEntry("websiteTitle", "Sino-Soviet Timeline")
			.containsEntry("url", URL)
			.containsEntry("abstractNote", Fixtures.zhenbao().summary())
			.doesNotContainKeys("date", "archiveLocation", "publicationTitle", "creators");
	}

	@Test
	void zoteroSavesASourcePageAsTheSourceItself() {
		Map<String, Object> article = EmbeddedMetadata.read(head(this.formats.meta(Fixtures.article())));
		assertThat(article).containsEntry("itemType", "journalArticle")
			.containsEntry("title", "Sino-Soviet Relations in the Early 1950s - Late 1960s: 50% {more} & $less_#")
			.containsEntry("creators", List.of("author:Fu, Tingchen"))
			.containsEntry("publicationTitle", "Lecture Notes in Education Psychology and Public Media")
			.containsEntry("date", "2023/11/28")
			.containsEntry("volume", "25")
			.containsEntry("pages", "155-159")
			.containsEntry("DOI", "10.54254/2753-7048/25/20230689")
			.containsEntry("url", "https://doi.org/10.54254/2753-7048/25/20230689");
		assertThat(EmbeddedMetadata.read(head(this.formats.meta(Fixtures.newspaper()))))
			.containsEntry("itemType", "newspaperArticle")
			.containsEntry("publicationTitle", "Chicago Tribune")
			.containsEntry("date", "1958/08");
		assertThat(EmbeddedMetadata.read(head(this.formats.meta(Fixtures.editedBook()))))
			.containsEntry("itemType", "book")
			.containsEntry("creators", List.of("editor:Westad, Odd Arne"))
			.containsEntry("publisher", "Woodrow Wilson Center Press");
		assertThat(EmbeddedMetadata.read(head(this.formats.meta(Fixtures.chapter()))))
			.containsEntry("itemType", "bookSection")
			.containsEntry("publicationTitle", "Revolutionary Moments: Reading Revolutionary Texts")
			.containsEntry("creators", List.of("author:Altehenger, Jennifer", "editor:Hammersley, Rachel"));
		// Zotero would split an organisation into a family and a given name: it is left
		// out.
		assertThat(EmbeddedMetadata.read(head(this.formats.meta(Fixtures.corporate()))))
			.containsEntry("itemType", "webpage")
			.containsEntry("websiteTitle", "U.S. Department of State")
			.doesNotContainKey("creators");
		assertThat(EmbeddedMetadata.read(head(this.formats.meta(Fixtures.newspaper())))).containsEntry("creators",
				List.of("author:Whitaker, Raymond"));
	}

	@Test
	void theTranslatorModelReadsTheOldEventTagsAsTheIssueSaw() {
		// The tags the event pages had before issue 17, and what Zotero made of them.
		String old = "<meta name=\"citation_title\" content=\"Clash\"><meta name=\"citation_date\" content=\"1969/03/02\">"
				+ "<meta name=\"DC.type\" content=\"Text\"><meta name=\"DC.coverage\" content=\"Confrontation\">";
		assertThat(EmbeddedMetadata.read(old)).containsEntry("itemType", "journalArticle")
			.containsEntry("date", "1969/03/02")
			.containsEntry("archiveLocation", "Confrontation");
		assertThat(EmbeddedMetadata.read("<meta name=\"DC.type\" content=\"webpage\"><time datetime=\"1969-03-02\">"))
			.containsEntry("date", "1969-03-02");
	}

	static String head(List<Meta> meta) {
		StringBuilder html = new StringBuilder();
		for (Meta tag : meta) {
			html.append("<meta ")
				.append((tag.name() != null) ? "name" : "property")
				.append("=\"")
				.append(HtmlUtils.htmlEscape(tag.key()))
				.append("\" content=\"")
				.append(HtmlUtils.htmlEscape(tag.content()))
				.append("\">");
		}
		return html.toString();
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
