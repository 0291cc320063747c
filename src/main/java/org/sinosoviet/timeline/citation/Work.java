package org.sinosoviet.timeline.citation;

import java.time.LocalDate;
import java.util.List;

import org.sinosoviet.timeline.event.EventDetail;
import org.sinosoviet.timeline.source.SourceKind;
import org.sinosoviet.timeline.source.SourceView;

/**
 * One bibliographic item, whatever format it is written in: an event's entry on this
 * site, or a source's own record.
 *
 * @param id the citation key: the event's or source's id
 * @param kind what kind of work it is
 * @param title the title
 * @param authors the authors, people or organisations
 * @param editors the editors
 * @param container the journal, encyclopedia, book or site it appears in
 * @param publisher the publisher
 * @param volume the volume
 * @param issue the issue
 * @param pages the pages
 * @param issued the publication date, or {@code null}
 * @param url the address
 * @param doi the DOI
 * @param isbn the ISBN
 * @param accessed the day it was read, or {@code null}
 * @param note a note for the reader
 * @param abstractText a summary, or {@code null}
 */
record Work(String id, Kind kind, String title, List<Name> authors, List<Name> editors, String container,
		String publisher, String volume, String issue, String pages, DateParts issued, String url, String doi,
		String isbn, LocalDate accessed, String note, String abstractText) {

	static final String SITE = "Sino-Soviet Timeline";

	/**
	 * An event's entry on this site, cited as a web page. It has no publication date: the
	 * event's date is not the page's, and styles print any date they are given as the
	 * item's.
	 */
	static Work of(EventDetail event, String url, LocalDate accessed) {
		// The site is the container; naming it as publisher too would print it twice.
		return new Work(event.id(), Kind.WEBPAGE, entryTitle(event), List.of(), List.of(), SITE, null, null, null, null,
				null, url, null, null, accessed, null, event.summary());
	}

	/**
	 * A source's own bibliographic record.
	 */
	static Work of(SourceView source) {
		return new Work(source.id(), Kind.of(source.kind()), source.title(), names(source.authors(), source),
				names(source.editors(), source), source.container(), source.publisher(), source.volume(),
				source.issue(), source.pages(), (source.date() != null) ? DateParts.parse(source.date()) : null,
				source.url(), source.doi(), source.isbn(), source.accessed(), source.note(), null);
	}

	private static List<Name> names(List<String> names, SourceView source) {
		return names.stream().map((name) -> Name.parse(name, source.literalNames().contains(name))).toList();
	}

	/** The title a citation gives an event's entry: its title and date. */
	static String entryTitle(EventDetail event) {
		return event.title() + " (" + event.displayDate() + ")";
	}

	/**
	 * What kind of work an item is, and its type in each format: CSL, biblatex (BibTeX's
	 * types where it has one, biblatex's where it has none), RIS (as Zotero's RIS import
	 * reads it back).
	 */
	enum Kind {

		ARTICLE("article-journal", "article", "JOUR"), MAGAZINE_ARTICLE("article-magazine", "article", "MGZN"),
		NEWSPAPER_ARTICLE("article-newspaper", "article", "NEWS"), BOOK("book", "book", "BOOK"),
		CHAPTER("chapter", "incollection", "CHAP"), BOOK_REVIEW("review-book", "review", "JOUR"),
		ENCYCLOPEDIA_ENTRY("entry-encyclopedia", "inreference", "ENCYC"),
		// Zotero reads RIS's GEN as a journal article; MANSCPT is its manuscript, with
		// the archive (DB) that these documents were read in.
		DOCUMENT("document", "misc", "MANSCPT"), REPORT("report", "report", "RPRT"), THESIS("thesis", "thesis", "THES"),
		WEBPAGE("webpage", "online", "ELEC");

		final String csl;

		final String bibtex;

		final String ris;

		Kind(String csl, String bibtex, String ris) {
			this.csl = csl;
			this.bibtex = bibtex;
			this.ris = ris;
		}

		static Kind of(String sourceKind) {
			return switch (SourceKind.fromId(sourceKind).orElseThrow()) {
				case JOURNAL_ARTICLE -> ARTICLE;
				case MAGAZINE_ARTICLE -> MAGAZINE_ARTICLE;
				case NEWSPAPER_ARTICLE -> NEWSPAPER_ARTICLE;
				case BOOK -> BOOK;
				case CHAPTER -> CHAPTER;
				case BOOK_REVIEW -> BOOK_REVIEW;
				case ENCYCLOPEDIA_ENTRY -> ENCYCLOPEDIA_ENTRY;
				case WEB_PAGE -> WEBPAGE;
				case DOCUMENT -> DOCUMENT;
				case REPORT -> REPORT;
				case THESIS -> THESIS;
			};
		}

	}

	/**
	 * A person ("Family, Given") or a name cited whole: an organisation, or a name
	 * written without a comma.
	 *
	 * @param family the family name, or {@code null} for a whole name
	 * @param given the given names, or {@code null}
	 * @param literal the whole name, or {@code null} for a person
	 */
	record Name(String family, String given, String literal) {

		static Name parse(String text, boolean literal) {
			int comma = text.indexOf(',');
			if (literal || comma < 0) {
				return new Name(null, null, text.strip());
			}
			String given = text.substring(comma + 1).strip();
			return new Name(text.substring(0, comma).strip(), given.isEmpty() ? null : given, null);
		}

		static Name parse(String text) {
			return parse(text, false);
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
