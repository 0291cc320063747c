package org.sinosoviet.timeline.source;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OrderColumn;

import org.sinosoviet.timeline.date.HistoricalDate;

/**
 * A work that claims cite: a document, a book, an article, an encyclopedia entry or a web
 * page.
 */
@Entity
public class Source {

	@Id
	private String id;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private SourceType type;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private SourceKind kind;

	@Column(length = 1000, nullable = false)
	private String title;

	@ElementCollection
	@CollectionTable(name = "source_author")
	@OrderColumn
	@Column(name = "author", nullable = false)
	private List<String> authors = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "source_editor")
	@OrderColumn
	@Column(name = "editor", nullable = false)
	private List<String> editors = new ArrayList<>();

	private String container;

	/** About the copy read, or the work: "test mirror", "OCR copy on faqs.org". */
	@Column(length = 1000)
	private String note;

	private String publisher;

	private String volume;

	private String issue;

	private String pages;

	private HistoricalDate date;

	@Column(length = 2000)
	private String url;

	private String doi;

	private String isbn;

	private LocalDate accessed;

	@Column(length = 4000)
	private String reliability;

	/**
	 * One of the founding documents: revision material whose every statement gets a
	 * verdict.
	 */
	private boolean founding;

	/** Derived at load: how many claims cite it. */
	private int claimCount;

	/** Derived at load: the place in the bibliography (by type, then author or title). */
	private int position;

	/** Derived at load: the events citing it, in date order. */
	@ElementCollection
	@CollectionTable(name = "source_citing_event")
	@OrderColumn
	@Column(name = "event_id")
	private List<String> citingEvents = new ArrayList<>();

	protected Source() {
	}

	public Source(String id, SourceType type, String title) {
		this.id = id;
		this.type = type;
		this.kind = (type != null) ? SourceKind.implied(type, null, null) : null;
		this.title = title;
	}

	public String getId() {
		return this.id;
	}

	public SourceType getType() {
		return this.type;
	}

	public SourceKind getKind() {
		return this.kind;
	}

	public void setKind(SourceKind kind) {
		this.kind = kind;
	}

	public List<String> getEditors() {
		return this.editors;
	}

	public void setEditors(List<String> editors) {
		this.editors = new ArrayList<>(editors);
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	public String getTitle() {
		return this.title;
	}

	public List<String> getAuthors() {
		return this.authors;
	}

	public void setAuthors(List<String> authors) {
		this.authors = new ArrayList<>(authors);
	}

	public String getContainer() {
		return this.container;
	}

	public void setContainer(String container) {
		this.container = container;
	}

	public String getPublisher() {
		return this.publisher;
	}

	public void setPublisher(String publisher) {
		this.publisher = publisher;
	}

	public String getVolume() {
		return this.volume;
	}

	public void setVolume(String volume) {
		this.volume = volume;
	}

	public String getIssue() {
		return this.issue;
	}

	public void setIssue(String issue) {
		this.issue = issue;
	}

	public String getPages() {
		return this.pages;
	}

	public void setPages(String pages) {
		this.pages = pages;
	}

	public HistoricalDate getDate() {
		return this.date;
	}

	public void setDate(HistoricalDate date) {
		this.date = date;
	}

	public String getUrl() {
		return this.url;
	}

	public void setUrl(String url) {
		this.url = url;
	}

	public String getDoi() {
		return this.doi;
	}

	public void setDoi(String doi) {
		this.doi = doi;
	}

	public String getIsbn() {
		return this.isbn;
	}

	public void setIsbn(String isbn) {
		this.isbn = isbn;
	}

	public LocalDate getAccessed() {
		return this.accessed;
	}

	public void setAccessed(LocalDate accessed) {
		this.accessed = accessed;
	}

	public String getReliability() {
		return this.reliability;
	}

	public void setReliability(String reliability) {
		this.reliability = reliability;
	}

	public boolean isFounding() {
		return this.founding;
	}

	public void setFounding(boolean founding) {
		this.founding = founding;
	}

	public int getClaimCount() {
		return this.claimCount;
	}

	public List<String> getCitingEvents() {
		return this.citingEvents;
	}

	/**
	 * Record who cites this source; computed once when the dataset is loaded.
	 * @param claims how many claims cite it
	 * @param events the ids of the events citing it, in date order
	 */
	public void setCitedBy(int claims, List<String> events) {
		this.claimCount = claims;
		this.citingEvents = new ArrayList<>(events);
	}

	public int getPosition() {
		return this.position;
	}

	public void setPosition(int position) {
		this.position = position;
	}

}
