package org.sinosoviet.timeline.citation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.sinosoviet.timeline.citation.CitationStyles.Rendering;
import org.sinosoviet.timeline.citation.CitationStyles.Style;
import org.sinosoviet.timeline.citation.Work.Kind;
import org.sinosoviet.timeline.citation.Work.Name;
import org.sinosoviet.timeline.event.EventDetail;
import org.sinosoviet.timeline.source.CitationView;
import org.sinosoviet.timeline.event.Views.ClaimView;
import org.sinosoviet.timeline.taxonomy.NamedView;
import org.sinosoviet.timeline.source.SourceService;
import org.sinosoviet.timeline.source.SourceView;
import org.sinosoviet.timeline.web.SiteUrls;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Ready-made citations of an event's entry and the metadata its page carries for
 * reference managers. Templates call it as {@code @citationFormats}.
 */
@Component("citationFormats")
public class CitationFormats {

	private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

	private final SiteUrls urls;

	private final SourceService sources;

	private final JsonMapper json;

	private final CitationStyles styles;

	private final Clock clock;

	@Autowired
	CitationFormats(SiteUrls urls, SourceService sources, JsonMapper json, CitationStyles styles) {
		this(urls, sources, json, styles, Clock.systemDefaultZone());
	}

	CitationFormats(SiteUrls urls, SourceService sources, JsonMapper json, CitationStyles styles, Clock clock) {
		this.urls = urls;
		this.sources = sources;
		this.json = json;
		this.styles = styles;
		this.clock = clock;
	}

	/**
	 * The absolute permalink of an event.
	 * @param event the event
	 * @return its URL
	 */
	public String url(EventDetail event) {
		return eventUrl(event.id());
	}

	/**
	 * The absolute permalink of an event id.
	 * @param id the event's id
	 * @return its URL
	 */
	public String eventUrl(String id) {
		return this.urls.absolute("/events/" + id);
	}

	/**
	 * The event's entry as a bibliographic item, read today.
	 */
	Work work(EventDetail event) {
		return Work.of(event, url(event), today());
	}

	LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/**
	 * The event's entry cited in each style, rendered by citeproc-java from the CSL-JSON
	 * that {@code /events/{id}.json} serves, with today as the access date.
	 * @param event the event
	 * @return the citations
	 */
	public EventCitations event(EventDetail event) {
		LocalDate today = today();
		Map<String, Object> item = CslJson.item(work(event));
		List<Rendering> styles = Arrays.stream(Style.values()).map((style) -> this.styles.render(item, style)).toList();
		return new EventCitations(url(event), DAY_MONTH_YEAR.format(today), styles);
	}

	/**
	 * A source cited in each style, rendered from the CSL-JSON of
	 * {@code /sources/{id}.json}.
	 * @param source the source
	 * @return one rendering per style
	 */
	public List<Rendering> source(SourceView source) {
		Map<String, Object> item = CslJson.item(Work.of(source));
		return Arrays.stream(Style.values()).map((style) -> this.styles.render(item, style)).toList();
	}

	/**
	 * A source's entry in the bibliography: Chicago notes and bibliography.
	 * @param source the source
	 * @return the entry, as safe HTML
	 */
	public String bibliographyEntry(SourceView source) {
		return this.styles.render(CslJson.item(Work.of(source)), Style.CHICAGO_NOTE).bibliographyHtml();
	}

	/**
	 * The meta tags of an event's page, for reference managers. Zotero's Embedded
	 * Metadata translator must make a web page of it: so no {@code citation_*} tag (a
	 * {@code citation_title} without a journal makes it guess a journal article), no date
	 * (the event's date is not the page's, and styles print it as the item's), no
	 * {@code DC.coverage} (read as the archive location); {@code DC.type} and
	 * {@code og:type} say web page, {@code og:site_name} names the web site.
	 * @param event the event
	 * @return name or property, and content of each tag
	 */
	public List<Meta> meta(EventDetail event) {
		String url = url(event);
		String title = Work.entryTitle(event);
		List<Meta> meta = new ArrayList<>();
		meta.add(new Meta("DC.title", title));
		meta.add(new Meta("DC.type", "webpage"));
		meta.add(new Meta("DC.description", event.summary()));
		meta.add(new Meta("DC.identifier", url));
		meta.add(new Meta("DC.language", "en"));
		event.themes().forEach((theme) -> meta.add(new Meta("DC.subject", theme.title())));
		meta.add(new Meta("DC.rights", "CC BY 4.0"));
		meta.add(Meta.property("og:type", "website"));
		meta.add(Meta.property("og:site_name", Work.SITE));
		meta.add(Meta.property("og:title", title));
		meta.add(Meta.property("og:description", event.summary()));
		meta.add(Meta.property("og:url", url));
		return meta;
	}

	/**
	 * The Highwire Press ({@code citation_*}) and Dublin Core tags of a source's page:
	 * the source itself, not our page about it, so that a reference manager saves the
	 * article, book or document.
	 * @param source the source
	 * @return name and content of each tag
	 */
	public List<Meta> meta(SourceView source) {
		Work work = Work.of(source);
		List<Meta> meta = new ArrayList<>();
		meta.add(new Meta("citation_title", work.title()));
		// Zotero splits every name in these tags into family and given names (an
		// organisation, or "Mao Zedong", would come out as a wrong person), so only
		// people
		// are named here; the downloads carry whole names as such.
		work.authors()
			.stream()
			.filter(Name::isPerson)
			.forEach((name) -> meta.add(new Meta("citation_author", name.inverted())));
		work.editors()
			.stream()
			.filter(Name::isPerson)
			.forEach((name) -> meta.add(new Meta("citation_editor", name.inverted())));
		if (work.container() != null) {
			// citation_journal_title and citation_inbook_title fix Zotero's item type
			// (journal
			// article, book section), so the other kinds name their container in
			// DC.source,
			// which it reads as the publication (or web site, or encyclopedia).
			String tag = switch (work.kind()) {
				case ARTICLE, BOOK_REVIEW -> "citation_journal_title";
				case CHAPTER -> "citation_inbook_title";
				case BOOK -> "citation_series_title";
				default -> "DC.source";
			};
			meta.add(new Meta(tag, work.container()));
		}
		if (work.publisher() != null) {
			meta.add(new Meta(
					(work.kind() == Kind.REPORT) ? "citation_technical_report_institution"
							: (work.kind() == Kind.THESIS) ? "citation_dissertation_institution" : "citation_publisher",
					work.publisher()));
		}
		if (work.issued() != null) {
			meta.add(new Meta("citation_date", DateParts.slashed(work.issued().start())));
		}
		addIfPresent(meta, "citation_volume", work.volume());
		addIfPresent(meta, "citation_issue", work.issue());
		if (work.pages() != null) {
			String[] pages = work.pages().split("\\s*[-–]\\s*", 2);
			meta.add(new Meta("citation_firstpage", pages[0]));
			if (pages.length > 1) {
				meta.add(new Meta("citation_lastpage", pages[1]));
			}
		}
		addIfPresent(meta, "citation_doi", work.doi());
		addIfPresent(meta, "citation_isbn", work.isbn());
		addIfPresent(meta, "citation_public_url", work.url());
		// Zotero's item type, where no citation_* tag above implies the right one.
		meta.add(new Meta("DC.type", zoteroType(work.kind())));
		meta.add(new Meta("DC.title", work.title()));
		return meta;
	}

	/** Zotero's item type of a kind, which it reads from {@code DC.type}. */
	static String zoteroType(Kind kind) {
		return switch (kind) {
			case ARTICLE, BOOK_REVIEW -> "journalArticle";
			case MAGAZINE_ARTICLE -> "magazineArticle";
			case NEWSPAPER_ARTICLE -> "newspaperArticle";
			case BOOK -> "book";
			case CHAPTER -> "bookSection";
			case ENCYCLOPEDIA_ENTRY -> "encyclopediaArticle";
			case DOCUMENT -> "document";
			case REPORT -> "report";
			case THESIS -> "thesis";
			case WEBPAGE -> "webpage";
		};
	}

	private static void addIfPresent(List<Meta> meta, String name, String content) {
		if (content != null && !content.isBlank()) {
			meta.add(new Meta(name, content));
		}
	}

	/**
	 * The event as schema.org JSON-LD, safe to put inside a {@code <script>} element.
	 * @param event the event
	 * @return the JSON text
	 */
	public String jsonLd(EventDetail event) {
		DateParts date = DateParts.parse(event.date());
		String url = url(event);
		Map<String, Object> ld = new LinkedHashMap<>();
		ld.put("@context", "https://schema.org");
		ld.put("@type", "Event");
		ld.put("@id", url + "#event");
		ld.put("name", event.title());
		ld.put("startDate", DateParts.iso(date.start()));
		ld.put("endDate", DateParts.iso(date.end()));
		ld.put("description", event.summary());
		ld.put("url", url);
		if (!event.places().isEmpty()) {
			ld.put("location", event.places().stream().map((place) -> named("Place", place, "/places/")).toList());
		}
		List<Object> about = new ArrayList<>();
		event.themes()
			.forEach((theme) -> about.add(Map.of("@type", "Thing", "name", theme.title(), "url",
					this.urls.absolute("/themes/" + theme.id()))));
		event.actors()
			.forEach((actor) -> about
				.add(named("person".equals(actor.kind()) ? "Person" : "Organization", actor, "/actors/")));
		ld.put("about", about);
		ld.put("citation", sources(event).stream().map(this::creativeWork).toList());
		ld.put("subjectOf", Map.of("@type", "WebPage", "url", url, "name", Work.entryTitle(event), "publisher",
				Map.of("@type", "Organization", "name", Work.SITE)));
		// "<" never appears raw, so no "</script>" can end the element early.
		return this.json.writeValueAsString(ld).replace("<", "\\u003c");
	}

	private Map<String, Object> named(String type, NamedView named, String path) {
		Map<String, Object> thing = new LinkedHashMap<>();
		thing.put("@type", type);
		thing.put("name", named.name());
		if (!named.names().isEmpty()) {
			thing.put("alternateName", named.names().stream().map((name) -> name.name()).toList());
		}
		thing.put("url", this.urls.absolute(path + named.id()));
		return thing;
	}

	/**
	 * The sources an event's claims cite, in the order they are first cited.
	 * @param event the event
	 * @return the sources
	 */
	List<SourceView> sources(EventDetail event) {
		Set<String> ids = new LinkedHashSet<>();
		for (ClaimView claim : event.claims()) {
			claim.citations().stream().map(CitationView::source).forEach(ids::add);
		}
		return this.sources.sources(ids);
	}

	private Map<String, Object> creativeWork(SourceView source) {
		Work work = Work.of(source);
		Map<String, Object> item = new LinkedHashMap<>();
		item.put("@type", switch (work.kind()) {
			case ARTICLE -> "ScholarlyArticle";
			case MAGAZINE_ARTICLE, ENCYCLOPEDIA_ENTRY -> "Article";
			case NEWSPAPER_ARTICLE -> "NewsArticle";
			case BOOK -> "Book";
			case CHAPTER -> "Chapter";
			case BOOK_REVIEW -> "Review";
			case REPORT -> "Report";
			case THESIS -> "Thesis";
			case WEBPAGE -> "WebPage";
			case DOCUMENT -> "CreativeWork";
		});
		item.put("name", work.title());
		if (!work.authors().isEmpty()) {
			item.put("author", work.authors()
				.stream()
				.map((name) -> Map.of("@type", name.isPerson() ? "Person" : "Organization", "name", name.natural()))
				.toList());
		}
		if (work.container() != null) {
			item.put("isPartOf", Map.of("@type", (work.kind() == Kind.ARTICLE) ? "Periodical" : "CreativeWork", "name",
					work.container()));
		}
		if (work.publisher() != null) {
			item.put("publisher", Map.of("@type", "Organization", "name", work.publisher()));
		}
		if (work.issued() != null) {
			item.put("datePublished", DateParts.iso(work.issued().start()));
		}
		if (work.doi() != null) {
			item.put("identifier", "https://doi.org/" + work.doi());
		}
		if (work.isbn() != null) {
			item.put("isbn", work.isbn());
		}
		if (work.url() != null) {
			item.put("url", work.url());
		}
		item.put("sameAs", this.urls.absolute("/sources/" + source.id()));
		return item;
	}

	/**
	 * An event's entry cited in the styles.
	 *
	 * @param url the permalink
	 * @param accessed the access date, for readers
	 * @param styles the renderings, one per style
	 */
	public record EventCitations(String url, String accessed, List<Rendering> styles) {

		/**
		 * The rendering in one style.
		 * @param style the style
		 * @return its rendering
		 */
		public Rendering in(Style style) {
			return this.styles.stream().filter((rendering) -> rendering.style() == style).findFirst().orElseThrow();
		}

	}

	/**
	 * One {@code <meta>} tag: {@code name} and {@code content}, or for Open Graph
	 * {@code property} and {@code content}.
	 *
	 * @param name the name, or {@code null}
	 * @param property the property, or {@code null}
	 * @param content the content
	 */
	public record Meta(String name, String property, String content) {

		Meta(String name, String content) {
			this(name, null, content);
		}

		static Meta property(String property, String content) {
			return new Meta(null, property, content);
		}

		/**
		 * The name or property.
		 * @return the key
		 */
		public String key() {
			return (this.name != null) ? this.name : this.property;
		}

	}

}
