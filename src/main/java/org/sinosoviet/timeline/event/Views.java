package org.sinosoviet.timeline.event;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;

/**
 * The records that pages and the API are built from. Formatting lives here, not in
 * templates.
 */
public final class Views {

	private Views() {
	}

	/**
	 * A record referred to by id and title.
	 *
	 * @param id the id
	 * @param title the title or name
	 */
	public record Ref(@Schema(description = "The id") String id,
			@Schema(description = "The title or name") String title) {

	}

	/**
	 * A neighbouring or related event.
	 *
	 * @param id the event id
	 * @param title the title
	 * @param displayDate the date for readers
	 */
	public record EventRef(@Schema(description = "The event id") String id,
			@Schema(description = "The title") String title,
			@Schema(description = "The date for readers", example = "2 March 1969") String displayDate) {

	}

	/**
	 * An actor or place with all its names.
	 *
	 * @param id the id
	 * @param name the English name
	 * @param kind person, state, party, organisation; or city, island, river...
	 * @param description one line about it
	 * @param names its other names
	 * @param events how many events it appears in
	 */
	public record NamedView(@Schema(description = "The id") String id,
			@Schema(description = "The English name", example = "Nikita Khrushchev") String name,
			@Schema(description = "Person, state, party, organisation; or city, island, river...",
					example = "person") String kind,
			@Schema(description = "One line about it") String description,
			@Schema(description = "Its other names") List<NameView> names,
			@Schema(description = "How many events it appears in") int events) {

	}

	/**
	 * Another name, in a language or spelling.
	 *
	 * @param name the name
	 * @param lang its BCP 47 language tag
	 * @param note the romanization or other note
	 */
	public record NameView(@Schema(description = "The name", example = "Nikita Khrushchev") String name,
			@Schema(description = "Its BCP 47 language tag", example = "ru") String lang,
			@Schema(description = "The romanization or other note", example = "Wade–Giles") String note) {

	}

	/**
	 * A claim and its citations.
	 *
	 * @param id the claim id, stable within the event
	 * @param text the statement
	 * @param rank {@code preferred}, {@code normal} or {@code deprecated}
	 * @param reason why it is preferred or deprecated
	 * @param dispute the key shared by competing claims of the event
	 * @param citations the citations
	 */
	public record ClaimView(@Schema(description = "The claim id, stable within the event") String id, @Schema(
			description = "The statement",
			example = "Soviet and Chinese border guards clashed on Zhenbao Island on 2 March 1969.") String text,
			@Schema(description = "preferred, normal or deprecated", example = "preferred") String rank,
			@Schema(description = "Why it is preferred or deprecated",
					example = "The clashes on the Ussuri were in March 1969, not 1960-63.") String reason,
			@Schema(description = "The key shared by competing claims of the event", example = "date") String dispute,
			@Schema(description = "The citations") List<CitationView> citations) {

	}

	/**
	 * A citation of a source.
	 *
	 * @param source the source id
	 * @param sourceTitle the source's title
	 * @param locator where in the source
	 */
	public record CitationView(@Schema(description = "The source id", example = "fu-2023") String source,
			@Schema(description = "The source's title",
					example = "Sino-Soviet Relations in the Early 1950s - Late 1960s") String sourceTitle,
			@Schema(description = "Where in the source", example = "section 4") String locator) {

	}

	/**
	 * A theme with its number of events.
	 *
	 * @param id the id
	 * @param title the title
	 * @param description what it covers
	 * @param events how many events carry it
	 */
	public record ThemeView(@Schema(description = "The id") String id, @Schema(description = "The title") String title,
			@Schema(description = "What it covers") String description,
			@Schema(description = "How many events carry it") int events) {

	}

	/**
	 * A way of dividing the story into periods.
	 *
	 * @param id the id
	 * @param title the title
	 * @param description where its boundaries come from
	 * @param isDefault whether events are filed under its periods
	 * @param citations its sources
	 * @param periods its periods
	 */
	public record SchemeView(@Schema(description = "The id") String id, @Schema(description = "The title") String title,
			@Schema(description = "Where its boundaries come from") String description,
			@Schema(description = "Whether events are filed under its periods", example = "true") boolean isDefault,
			@Schema(description = "Its sources") List<CitationView> citations,
			@Schema(description = "Its periods") List<PeriodView> periods) {

	}

	/**
	 * A period with its number of events.
	 *
	 * @param id the id
	 * @param scheme the scheme's id
	 * @param title the title
	 * @param start the EDTF start
	 * @param end the EDTF end
	 * @param firstDay the earliest day
	 * @param lastDay the latest day
	 * @param displayRange the span for readers
	 * @param description why it begins and ends where it does
	 * @param citations its sources
	 * @param events how many events fall in it
	 */
	public record PeriodView(@Schema(description = "The id") String id,
			@Schema(description = "The scheme's id", example = "default") String scheme,
			@Schema(description = "The title") String title,
			@Schema(description = "The EDTF start", example = "1969-03-02") String start,
			@Schema(description = "The EDTF end", example = "1969-03-02") String end,
			@Schema(description = "The earliest day", example = "1960-07-01") LocalDate firstDay,
			@Schema(description = "The latest day", example = "1966-03-31") LocalDate lastDay,
			@Schema(description = "The span for readers", example = "July 1960 – March 1966") String displayRange,
			@Schema(description = "Why it begins and ends where it does") String description,
			@Schema(description = "Its sources") List<CitationView> citations,
			@Schema(description = "How many events fall in it") int events) {

	}

	/**
	 * A source's bibliographic record, with the events that cite it.
	 *
	 * @param id the id
	 * @param type its type id
	 * @param typeTitle its type, in words
	 * @param title the title
	 * @param authors the authors
	 * @param container the journal, book or site
	 * @param publisher the publisher
	 * @param volume the volume
	 * @param issue the issue
	 * @param pages the pages
	 * @param date the EDTF publication date
	 * @param url the address it was read at
	 * @param doi the DOI
	 * @param isbn the ISBN
	 * @param accessed the day it was read
	 * @param reliability how far to trust it
	 * @param claims how many claims cite it
	 * @param events the ids of the events citing it, in date order
	 */
	public record SourceView(@Schema(description = "The id") String id,
			@Schema(description = "Its type id", example = "scholarship") String type,
			@Schema(description = "Its type, in words", example = "Scholarship") String typeTitle,
			@Schema(description = "The title") String title, @Schema(description = "The authors") List<String> authors,
			@Schema(description = "The journal, book or site",
					example = "Lecture Notes in Education Psychology and Public Media") String container,
			@Schema(description = "The publisher", example = "EWA Publishing") String publisher,
			@Schema(description = "The volume", example = "25") String volume,
			@Schema(description = "The issue") String issue,
			@Schema(description = "The pages", example = "155-159") String pages,
			@Schema(description = "The EDTF publication date", example = "1969-03-02") String date,
			@Schema(description = "The address it was read at",
					example = "https://doi.org/10.54254/2753-7048/25/20230689") String url,
			@Schema(description = "The DOI", example = "10.54254/2753-7048/25/20230689") String doi,
			@Schema(description = "The ISBN") String isbn,
			@Schema(description = "The day it was read", example = "2026-11-22") LocalDate accessed,
			@Schema(description = "How far to trust it") String reliability,
			@Schema(description = "How many claims cite it") int claims,
			@Schema(description = "The ids of the events citing it, in date order") List<String> events) {

	}

	/**
	 * A place where sources disagree: competing claims about one point of an event.
	 *
	 * @param event the event
	 * @param dispute the dispute key within the event
	 * @param claims the competing claims
	 */
	public record DisputeView(@Schema(description = "The event") EventRef event,
			@Schema(description = "The dispute key within the event", example = "date") String dispute,
			@Schema(description = "The competing claims") List<ClaimView> claims) {

	}

	/**
	 * One claim on its own, citable: the claim with the event it belongs to and its
	 * anchored address.
	 *
	 * @param event the event's id
	 * @param eventTitle the event's title
	 * @param displayDate the event's date for readers
	 * @param permalink the claim's address: the event's permalink with the claim's anchor
	 * @param claim the claim with its citations
	 */
	public record ClaimDocument(@Schema(description = "The event's permalink id") String event,
			@Schema(description = "The event's title") String eventTitle,
			@Schema(description = "The event's date for readers", example = "2 March 1969") String displayDate,
			@Schema(description = "The claim's address: the event's permalink with the claim's anchor",
					example = "https://example.org/events/1969-03-02-zhenbao-island-ambush#claim-date") String permalink,
			@Schema(description = "The claim") ClaimView claim) {

	}

}
