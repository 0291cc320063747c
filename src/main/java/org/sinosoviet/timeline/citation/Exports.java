package org.sinosoviet.timeline.citation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.sinosoviet.timeline.event.EventDetail;
import org.sinosoviet.timeline.event.EventSummary;
import org.sinosoviet.timeline.event.TimelineFilter;
import org.sinosoviet.timeline.event.EventService;
import org.sinosoviet.timeline.source.SourceService;
import org.sinosoviet.timeline.taxonomy.TaxonomyService;
import org.sinosoviet.timeline.source.CitationView;
import org.sinosoviet.timeline.event.Views.ClaimView;
import org.sinosoviet.timeline.taxonomy.NamedView;
import org.sinosoviet.timeline.taxonomy.PeriodView;
import org.sinosoviet.timeline.event.Views.Ref;
import org.sinosoviet.timeline.taxonomy.SchemeView;
import org.sinosoviet.timeline.source.SourceView;
import org.springframework.stereotype.Component;

/**
 * The exports of a timeline view: every format is built from the same filtered events.
 */
@Component
class Exports {

	static final List<String> EVENT_COLUMNS = List.of("id", "title", "date", "start", "end", "precision",
			"display_date", "approximate", "uncertain", "context", "disputed", "period", "themes", "actors", "places",
			"summary", "significance", "claims", "sources", "permalink");

	private final EventService events;

	private final SourceService sources;

	private final TaxonomyService taxonomy;

	private final CitationFormats formats;

	Exports(EventService events, SourceService sources, TaxonomyService taxonomy, CitationFormats formats) {
		this.events = events;
		this.sources = sources;
		this.taxonomy = taxonomy;
		this.formats = formats;
	}

	/** The events of a view, in its order, with everything their pages show. */
	List<EventDetail> events(TimelineFilter filter) {
		return this.events.details(filter);
	}

	List<EventSummary> summaries(TimelineFilter filter) {
		return this.events.timeline(filter);
	}

	/**
	 * The sources of a view: all of them for the whole timeline, else those its events
	 * cite.
	 */
	List<SourceView> sources(TimelineFilter filter) {
		if (!filter.isFiltered()) {
			return this.sources.sources();
		}
		Set<String> cited = events(filter).stream()
			.flatMap((event) -> event.claims().stream())
			.flatMap((claim) -> claim.citations().stream())
			.map(CitationView::source)
			.collect(Collectors.toSet());
		return this.sources.sources().stream().filter((source) -> cited.contains(source.id())).toList();
	}

	/**
	 * One row per event. Lists are joined with "; "; each claim is one line of the claims
	 * cell, with its rank, reason and citations.
	 */
	String eventsCsv(TimelineFilter filter) {
		Csv csv = new Csv().row(EVENT_COLUMNS);
		for (EventDetail event : events(filter)) {
			csv.row(List.of(event.id(), event.title(), event.date(), event.start().toString(), event.end().toString(),
					event.precision(), event.displayDate(), String.valueOf(event.approximate()),
					String.valueOf(event.uncertain()), String.valueOf(event.context()),
					String.valueOf(event.disputed()), event.period().title(),
					event.themes().stream().map(Ref::title).collect(Collectors.joining("; ")),
					event.actors().stream().map(NamedView::name).collect(Collectors.joining("; ")),
					event.places().stream().map(NamedView::name).collect(Collectors.joining("; ")),
					nonNull(event.summary()), nonNull(event.significance()),
					event.claims().stream().map(Exports::claimLine).collect(Collectors.joining("\n")),
					String.join("; ", sourceIds(event)), this.formats.url(event)));
		}
		return csv.toString();
	}

	/**
	 * "signed [preferred: reason]: The treaty was signed... (reference-a, section 4)".
	 */
	static String claimLine(ClaimView claim) {
		StringBuilder line = new StringBuilder(claim.id()).append(" [").append(claim.rank());
		if (claim.reason() != null) {
			line.append(": ").append(claim.reason());
		}
		line.append("]: ").append(claim.text()).append(" (");
		line.append(claim.citations()
			.stream()
			.map((citation) -> (citation.locator() != null) ? citation.source() + ", " + citation.locator()
					: citation.source())
			.collect(Collectors.joining("; ")));
		return line.append(')').toString();
	}

	private static Set<String> sourceIds(EventDetail event) {
		Set<String> ids = new LinkedHashSet<>();
		event.claims().forEach((claim) -> claim.citations().forEach((citation) -> ids.add(citation.source())));
		return ids;
	}

	/**
	 * Anki's CSV import with its header lines: the event id as the note's GUID (so that
	 * importing again updates the cards), HTML fields, and the period and themes as tags.
	 */
	String flashcardsCsv(TimelineFilter filter) {
		Csv csv = new Csv().raw("#separator:comma")
			.raw("#html:true")
			.raw("#guid column:1")
			.raw("#tags column:4")
			.raw("#columns:guid,Front,Back,Tags");
		for (EventDetail event : events(filter)) {
			String front = "When did this happen?<br><b>" + html(event.title()) + "</b>";
			StringBuilder back = new StringBuilder("<b>").append(html(event.displayDate())).append("</b>");
			back.append("<br><br>").append(html(event.summary()));
			if (event.significance() != null) {
				back.append("<br><br><i>Why it mattered:</i> ").append(html(event.significance()));
			}
			back.append("<br><br><small>")
				.append(html(this.formats.event(event).in(CitationStyles.Style.CHICAGO_NOTE).citationText()));
			back.append("</small>");
			List<String> tags = new ArrayList<>();
			tags.add("sino-soviet::" + event.period().id());
			event.themes().forEach((theme) -> tags.add("theme::" + theme.id()));
			csv.row(List.of("sino-soviet-timeline-" + event.id(), front, back.toString(), String.join(" ", tags)));
		}
		return csv.toString();
	}

	/**
	 * A TimelineJS 3 timeline: our ids as unique_id, default-scheme periods as eras, the
	 * first theme as group, the reader's date where the date is imprecise, and the claims
	 * with their citations in each slide's text.
	 */
	Map<String, Object> timelineJs(TimelineFilter filter, String viewUrl) {
		List<EventDetail> events = events(filter);
		Map<String, Object> timeline = new LinkedHashMap<>();
		timeline.put("title",
				Map.of("unique_id", "sino-soviet-timeline", "text",
						Map.of("headline", Work.SITE, "text",
								"<p>China and the Soviet Union, 1949–1976: " + events.size()
										+ " events, every statement tied to a source.</p><p><a href=\"" + html(viewUrl)
										+ "\">" + html(viewUrl) + "</a></p>")));
		List<Map<String, Object>> slides = new ArrayList<>();
		for (EventDetail event : events) {
			DateParts date = DateParts.parse(event.date());
			Map<String, Object> slide = new LinkedHashMap<>();
			slide.put("unique_id", event.id());
			slide.put("start_date", timelineDate(date.start()));
			if (date.isInterval()) {
				slide.put("end_date", timelineDate(date.end()));
			}
			if (!event.precision().equals("day") || event.approximate() || event.uncertain()) {
				slide.put("display_date", event.displayDate());
			}
			slide.put("text", Map.of("headline", html(event.title()), "text", slideText(event)));
			if (!event.themes().isEmpty()) {
				slide.put("group", event.themes().get(0).title());
			}
			slides.add(slide);
		}
		timeline.put("events", slides);
		timeline.put("eras", eras(events));
		return timeline;
	}

	private String slideText(EventDetail event) {
		StringBuilder text = new StringBuilder("<p>").append(html(event.summary())).append("</p>");
		if (event.significance() != null) {
			text.append("<p><em>Why it mattered:</em> ").append(html(event.significance())).append("</p>");
		}
		text.append("<p>What the sources say:</p><ol>");
		for (ClaimView claim : event.claims()) {
			text.append("<li>");
			if (claim.rank().equals("deprecated")) {
				text.append("<del>").append(html(claim.text())).append("</del> (deprecated: ");
				text.append(html(nonNull(claim.reason()))).append(")");
			}
			else {
				text.append(html(claim.text()));
			}
			text.append(" — ");
			text.append(claim.citations()
				.stream()
				.map((citation) -> "<cite>" + html(citation.sourceTitle()) + "</cite>"
						+ ((citation.locator() != null) ? ", " + html(citation.locator()) : ""))
				.collect(Collectors.joining("; ")));
			text.append("</li>");
		}
		String url = this.formats.url(event);
		text.append("</ol><p><a href=\"").append(html(url)).append("\">").append(html(url)).append("</a></p>");
		return text.toString();
	}

	private List<Map<String, Object>> eras(List<EventDetail> events) {
		LocalDate first = events.stream().map(EventDetail::start).min(LocalDate::compareTo).orElse(LocalDate.MIN);
		LocalDate last = events.stream().map(EventDetail::end).max(LocalDate::compareTo).orElse(LocalDate.MAX);
		List<Map<String, Object>> eras = new ArrayList<>();
		for (SchemeView scheme : this.taxonomy.schemes()) {
			if (!scheme.isDefault()) {
				continue;
			}
			for (PeriodView period : scheme.periods()) {
				if (period.lastDay().isBefore(first) || period.firstDay().isAfter(last)) {
					continue;
				}
				eras.add(Map.of("start_date", timelineDate(period.firstDay()), "end_date",
						timelineDate(period.lastDay()), "text", Map.of("headline", html(period.title()))));
			}
		}
		return eras;
	}

	private static Map<String, Object> timelineDate(List<Integer> parts) {
		Map<String, Object> date = new LinkedHashMap<>();
		String[] names = { "year", "month", "day" };
		for (int i = 0; i < parts.size(); i++) {
			date.put(names[i], parts.get(i));
		}
		return date;
	}

	private static Map<String, Object> timelineDate(LocalDate day) {
		return timelineDate(List.of(day.getYear(), day.getMonthValue(), day.getDayOfMonth()));
	}

	private static String html(String text) {
		return nonNull(text).replace("&", "&amp;")
			.replace("<", "&lt;")
			.replace(">", "&gt;")
			.replace("\"", "&quot;")
			.replace("'", "&#39;");
	}

	private static String nonNull(String text) {
		return (text != null) ? text : "";
	}

}
