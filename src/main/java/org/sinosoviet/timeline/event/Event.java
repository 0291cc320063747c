package org.sinosoviet.timeline.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;

import org.sinosoviet.timeline.date.HistoricalDate;
import org.sinosoviet.timeline.source.Source;
import org.sinosoviet.timeline.taxonomy.Actor;
import org.sinosoviet.timeline.taxonomy.Period;
import org.sinosoviet.timeline.taxonomy.Place;
import org.sinosoviet.timeline.taxonomy.Theme;

/**
 * Something that happened, at a permanent address: its id is its permalink. The fields
 * after the curated ones are derived once at load ({@link EventDerivation}), so that no
 * request recomputes them.
 */
@Entity
public class Event {

	@Id
	private String id;

	@Column(nullable = false)
	private String title;

	@Column(name = "date_edtf", nullable = false)
	private HistoricalDate date;

	@Column(nullable = false)
	private LocalDate firstDay;

	@Column(nullable = false)
	private LocalDate lastDay;

	private boolean context;

	@Column(length = 4000, nullable = false)
	private String summary;

	@Column(length = 4000)
	private String significance;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Period period;

	@ManyToMany
	@JoinTable(name = "event_theme")
	@OrderColumn
	private List<Theme> themes = new ArrayList<>();

	@ManyToMany
	@JoinTable(name = "event_actor")
	@OrderColumn
	private List<Actor> actors = new ArrayList<>();

	@ManyToMany
	@JoinTable(name = "event_place")
	@OrderColumn
	private List<Place> places = new ArrayList<>();

	@OneToMany(mappedBy = "event", cascade = CascadeType.ALL)
	@OrderBy("position")
	private List<Claim> claims = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "event_alias")
	@Column(name = "alias", unique = true, nullable = false)
	private Set<String> aliases = new LinkedHashSet<>();

	/**
	 * 1: a turning point a student must know; 2: significant; 3: detail or background.
	 */
	private int importance;

	/** Derived: the place in date order, for sorting and previous/next. */
	private int position;

	/** Derived: whether any claim belongs to a dispute. */
	private boolean disputed;

	@ManyToOne(fetch = FetchType.LAZY)
	private Event previous;

	@ManyToOne(fetch = FetchType.LAZY)
	private Event next;

	/** Derived: the curated related events first, then the closest by shared records. */
	@ManyToMany
	@JoinTable(name = "event_related")
	@OrderColumn
	private List<Event> related = new ArrayList<>();

	/** Derived: every source a claim of this event cites, for the source filter. */
	@ManyToMany
	@JoinTable(name = "event_source")
	private Set<Source> citedSources = new LinkedHashSet<>();

	protected Event() {
	}

	public Event(String id, String title, HistoricalDate date, boolean context, Period period) {
		this.id = id;
		this.title = title;
		this.date = date;
		this.firstDay = date.earliest();
		this.lastDay = date.latest();
		this.context = context;
		this.period = period;
	}

	public String getId() {
		return this.id;
	}

	public String getTitle() {
		return this.title;
	}

	/** For tests that prove pages read the database. */
	void setTitle(String title) {
		this.title = title;
	}

	public HistoricalDate getDate() {
		return this.date;
	}

	public LocalDate getFirstDay() {
		return this.firstDay;
	}

	public LocalDate getLastDay() {
		return this.lastDay;
	}

	public boolean isContext() {
		return this.context;
	}

	public String getSummary() {
		return this.summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public String getSignificance() {
		return this.significance;
	}

	public void setSignificance(String significance) {
		this.significance = significance;
	}

	public Period getPeriod() {
		return this.period;
	}

	public List<Theme> getThemes() {
		return this.themes;
	}

	public List<Actor> getActors() {
		return this.actors;
	}

	public List<Place> getPlaces() {
		return this.places;
	}

	public List<Claim> getClaims() {
		return this.claims;
	}

	public void addClaim(Claim claim) {
		claim.setEvent(this, this.claims.size());
		this.claims.add(claim);
	}

	public Set<String> getAliases() {
		return this.aliases;
	}

	public int getImportance() {
		return this.importance;
	}

	public void setImportance(int importance) {
		this.importance = importance;
	}

	public List<Event> getRelated() {
		return this.related;
	}

	int getPosition() {
		return this.position;
	}

	boolean isDisputed() {
		return this.disputed;
	}

	Event getPrevious() {
		return this.previous;
	}

	Event getNext() {
		return this.next;
	}

	Set<Source> getCitedSources() {
		return this.citedSources;
	}

	void derive(int position, Event previous, Event next, boolean disputed, Set<Source> citedSources) {
		this.position = position;
		this.previous = previous;
		this.next = next;
		this.disputed = disputed;
		this.citedSources = new LinkedHashSet<>(citedSources);
	}

}
