package org.sinosoviet.timeline.citation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.sinosoviet.timeline.citation.Work.Kind;
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

	private static final DateTimeFormatter US = DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH);

	private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

	private final SiteUrls urls;

	private final SourceService sources;

	private final JsonMapper json;

	private final Clock clock;

	@Autowired
	CitationFormats(SiteUrls urls, SourceService sources, JsonMapper json) {
		this(urls, sources, json, Clock.systemDefaultZone());
	}

	CitationFormats(SiteUrls urls, SourceService sources, JsonMapper json, Clock clock) {
		this.urls = urls;
		this.sources = sources;
		this.json = json;
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
	 * The event's entry cited in Chicago (note and bibliography), APA 7 and MLA 9, with
	 * today as the access date.
	 * @param event the event
	 * @return the citations
	 */
	public EventCitations event(EventDetail event) {
		String title = Work.entryTitle(event);
		String url = url(event);
		LocalDate today = today();
		String accessedUs = US.format(today);
		Styled note = new Styled("“" + title + ",” " + Work.SITE + ", accessed " + accessedUs + ", " + url + ".", "",
				"");
		Styled bibliography = new Styled(Work.SITE + ". “" + title + ".” Accessed " + accessedUs + ". " + url + ".", "",
				"");
		Styled apa = new Styled(Work.SITE + ". (n.d.). ", title, ". Retrieved " + accessedUs + ", from " + url);
		Styled mla = new Styled("“" + title + ".” ", Work.SITE,
				", " + url.replaceFirst("^https?://", "") + ". Accessed " + mla(today) + ".");
		return new EventCitations(url, DAY_MONTH_YEAR.format(today), today.toString(), note, bibliography, apa, mla);
	}

	/**
	 * MLA abbreviates months of more than four letters: "22 Nov. 2026", "3 June 2026".
	 */
	static String mla(LocalDate day) {
		String month = day.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
		String shortened = (month.length() <= 4) ? month
				: month.equals("September") ? "Sept." : month.substring(0, 3) + ".";
		return day.getDayOfMonth() + " " + shortened + " " + day.getYear();
	}

	/**
	 * The Highwire Press ({@code citation_*}) and Dublin Core ({@code DC.*}) meta tags of
	 * an event's page, in order.
	 * @param event the event
	 * @return name and content of each tag
	 */
	public List<Meta> meta(EventDetail event) {
		DateParts date = DateParts.parse(event.date());
		String url = url(event);
		List<Meta> meta = new ArrayList<>();
		meta.add(new Meta("citation_title", event.title()));
		meta.add(new Meta("citation_date", DateParts.slashed(date.start())));
		meta.add(new Meta("citation_publisher", Work.SITE));
		meta.add(new Meta("citation_public_url", url));
		meta.add(new Meta("citation_abstract_html_url", url));
		meta.add(new Meta("citation_language", "en"));
		meta.add(new Meta("citation_abstract", event.summary()));
		event.themes().forEach((theme) -> meta.add(new Meta("citation_keywords", theme.title())));
		meta.add(new Meta("DC.title", event.title()));
		meta.add(new Meta("DC.date", date.iso()));
		meta.add(new Meta("DC.publisher", Work.SITE));
		meta.add(new Meta("DC.identifier", url));
		meta.add(new Meta("DC.type", "Text"));
		meta.add(new Meta("DC.format", "text/html"));
		meta.add(new Meta("DC.language", "en"));
		meta.add(new Meta("DC.description", event.summary()));
		event.themes().forEach((theme) -> meta.add(new Meta("DC.subject", theme.title())));
		meta.add(new Meta("DC.coverage", event.period().title()));
		event.places().forEach((place) -> meta.add(new Meta("DC.coverage", place.name())));
		meta.add(new Meta("DC.rights", "CC BY 4.0"));
		return meta;
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
			case BOOK -> "Book";
			case ENCYCLOPEDIA_ENTRY -> "Article";
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
	 * A citation in the form a style prints it: plain text with one italic run.
	 *
	 * @param before the text before the italic run
	 * @param italic the italic run, possibly empty
	 * @param after the text after it
	 */
	public record Styled(String before, String italic, String after) {

		/**
		 * The citation as plain text, for copying.
		 * @return the text
		 */
		public String text() {
			return this.before + this.italic + this.after;
		}

	}

	/**
	 * An event's entry cited in the common styles.
	 *
	 * @param url the permalink
	 * @param accessed the access date, for readers
	 * @param accessedIso the access date, ISO 8601
	 * @param chicagoNote Chicago notes and bibliography: the note
	 * @param chicagoBibliography Chicago notes and bibliography: the bibliography entry
	 * @param apa APA 7th edition
	 * @param mla MLA 9th edition
	 */
	public record EventCitations(String url, String accessed, String accessedIso, Styled chicagoNote,
			Styled chicagoBibliography, Styled apa, Styled mla) {

	}

	/**
	 * One {@code <meta name content>} tag.
	 *
	 * @param name the name
	 * @param content the content
	 */
	public record Meta(String name, String content) {

	}

}
