package org.sinosoviet.timeline.citation;

import java.time.LocalDate;
import java.util.List;

import org.sinosoviet.timeline.event.EventDetail;
import org.sinosoviet.timeline.source.SourceView;

/**
 * One bibliographic item, whatever format it is written in: an event's entry on this
 * site, or a source's own record.
 *
 * @param id the citation key: the event's or source's id
 * @param kind what kind of work it is
 * @param title the title
 * @param authors the authors, people or organisations
 * @param container the journal, encyclopedia, book or site it appears in
 * @param publisher the publisher
 * @param volume the volume
 * @param issue the issue
 * @param pages the pages
 * @param issued the publication date, or {@code null}
 * @param eventDate the date of the event an entry describes, or {@code null}
 * @param url the address
 * @param doi the DOI
 * @param isbn the ISBN
 * @param accessed the day it was read, or {@code null}
 * @param note a note for the reader
 */
record Work(String id, Kind kind, String title, List<Name> authors, String container, String publisher, String volume,
		String issue, String pages, DateParts issued, DateParts eventDate, String url, String doi, String isbn,
		LocalDate accessed, String note) {

	static final String SITE = "Sino-Soviet Timeline";

	/**
	 * An event's entry on this site, cited as a web page.
	 */
	static Work of(EventDetail event, String url, LocalDate accessed) {
		// The site is the container; naming it as publisher too would print it twice.
		return new Work(event.id(), Kind.WEBPAGE, entryTitle(event), List.of(), SITE, null, null, null, null, null,
				DateParts.parse(event.date()), url, null, null, accessed,
				"Timeline entry for an event of " + event.displayDate() + ".");
	}

	/**
	 * A source's own bibliographic record.
	 */
	static Work of(SourceView source) {
		return new Work(source.id(), Kind.of(source), source.title(),
				source.authors().stream().map(Name::parse).toList(), source.container(), source.publisher(),
				source.volume(), source.issue(), source.pages(),
				(source.date() != null) ? DateParts.parse(source.date()) : null, null, source.url(), source.doi(),
				source.isbn(), source.accessed(), null);
	}

	/** The title a citation gives an event's entry: its title and date. */
	static String entryTitle(EventDetail event) {
		return event.title() + " (" + event.displayDate() + ")";
	}

	/**
	 * What kind of work an item is, and its type in each format.
	 */
	enum Kind {

		ARTICLE("article-journal", "article", "JOUR"), BOOK("book", "book", "BOOK"),
		ENCYCLOPEDIA_ENTRY("entry-encyclopedia", "misc", "ENCYC"), DOCUMENT("document", "misc", "GEN"),
		WEBPAGE("webpage", "misc", "ELEC");

		final String csl;

		final String bibtex;

		final String ris;

		Kind(String csl, String bibtex, String ris) {
			this.csl = csl;
			this.bibtex = bibtex;
			this.ris = ris;
		}

		static Kind of(SourceView source) {
			return switch (source.type()) {
				case "scholarship" -> (source.container() != null) ? ARTICLE : BOOK;
				case "textbook" -> (source.container() == null && source.url() != null) ? WEBPAGE : BOOK;
				case "reference-work" -> ENCYCLOPEDIA_ENTRY;
				case "primary-document" -> DOCUMENT;
				default -> WEBPAGE;
			};
		}

	}

	/**
	 * A person ("Family, Given") or an organisation (no comma).
	 *
	 * @param family the family name, or {@code null} for an organisation
	 * @param given the given names, or {@code null}
	 * @param literal the organisation's name, or {@code null} for a person
	 */
	record Name(String family, String given, String literal) {

		static Name parse(String text) {
			int comma = text.indexOf(',');
			if (comma < 0) {
				return new Name(null, null, text.strip());
			}
			String given = text.substring(comma + 1).strip();
			return new Name(text.substring(0, comma).strip(), given.isEmpty() ? null : given, null);
		}

		boolean isPerson() {
			return this.literal == null;
		}

		/** "Family, Given", or the organisation's name. */
		String inverted() {
			if (!isPerson()) {
				return this.literal;
			}
			return (this.given != null) ? this.family + ", " + this.given : this.family;
		}

		/** "Given Family", or the organisation's name. */
		String natural() {
			if (!isPerson()) {
				return this.literal;
			}
			return (this.given != null) ? this.given + " " + this.family : this.family;
		}

	}

}
