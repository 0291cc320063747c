package org.sinosoviet.timeline.event;

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
	public record Ref(String id, String title) {

	}

	/**
	 * A neighbouring or related event.
	 *
	 * @param id the event id
	 * @param title the title
	 * @param displayDate the date for readers
	 */
	public record EventRef(String id, String title, String displayDate) {

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
	public record NamedView(String id, String name, String kind, String description, List<NameView> names, int events) {

	}

	/**
	 * Another name, in a language or spelling.
	 *
	 * @param name the name
	 * @param lang its BCP 47 language tag
	 * @param note the romanization or other note
	 */
	public record NameView(String name, String lang, String note) {

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
	public record ClaimView(String id, String text, String rank, String reason, String dispute,
			List<CitationView> citations) {

	}

	/**
	 * A citation of a source.
	 *
	 * @param source the source id
	 * @param sourceTitle the source's title
	 * @param locator where in the source
	 */
	public record CitationView(String source, String sourceTitle, String locator) {

	}

	/**
	 * A theme with its number of events.
	 *
	 * @param id the id
	 * @param title the title
	 * @param description what it covers
	 * @param events how many events carry it
	 */
	public record ThemeView(String id, String title, String description, int events) {

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
	public record SchemeView(String id, String title, String description, boolean isDefault,
			List<CitationView> citations, List<PeriodView> periods) {

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
	public record PeriodView(String id, String scheme, String title, String start, String end, LocalDate firstDay,
			LocalDate lastDay, String displayRange, String description, List<CitationView> citations, int events) {

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
	public record SourceView(String id, String type, String typeTitle, String title, List<String> authors,
			String container, String publisher, String volume, String issue, String pages, String date, String url,
			String doi, String isbn, LocalDate accessed, String reliability, int claims, List<String> events) {

	}

	/**
	 * A place where sources disagree: competing claims about one point of an event.
	 *
	 * @param event the event
	 * @param dispute the dispute key within the event
	 * @param claims the competing claims
	 */
	public record DisputeView(EventRef event, String dispute, List<ClaimView> claims) {

	}

}
