package org.sinosoviet.timeline.taxonomy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;

import org.sinosoviet.timeline.date.HistoricalDate;
import org.sinosoviet.timeline.source.Citation;

/**
 * A stretch of the story, such as the alliance years or the open split.
 */
@Entity
public class Period {

	@Id
	private String id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private PeriodScheme scheme;

	@Column(nullable = false)
	private String title;

	@Column(name = "start_date", nullable = false)
	private HistoricalDate start;

	@Column(name = "end_date", nullable = false)
	private HistoricalDate end;

	private LocalDate firstDay;

	private LocalDate lastDay;

	@Column(length = 4000, nullable = false)
	private String description;

	private int position;

	/** Derived at load: how many events it has. */
	private int eventCount;

	@ElementCollection
	@CollectionTable(name = "period_citation")
	@OrderColumn
	private List<Citation> citations = new ArrayList<>();

	protected Period() {
	}

	public Period(String id, PeriodScheme scheme, String title, HistoricalDate start, HistoricalDate end,
			String description, int position, List<Citation> citations) {
		this.id = id;
		this.scheme = scheme;
		this.title = title;
		this.start = start;
		this.end = end;
		this.firstDay = start.earliest();
		this.lastDay = end.latest();
		this.description = description;
		this.position = position;
		this.citations = new ArrayList<>(citations);
	}

	public String getId() {
		return this.id;
	}

	public PeriodScheme getScheme() {
		return this.scheme;
	}

	public String getTitle() {
		return this.title;
	}

	public HistoricalDate getStart() {
		return this.start;
	}

	public HistoricalDate getEnd() {
		return this.end;
	}

	public LocalDate getFirstDay() {
		return this.firstDay;
	}

	public LocalDate getLastDay() {
		return this.lastDay;
	}

	public String getDescription() {
		return this.description;
	}

	public int getPosition() {
		return this.position;
	}

	public List<Citation> getCitations() {
		return this.citations;
	}

	public int getEventCount() {
		return this.eventCount;
	}

	/**
	 * Record how many events it has; computed once when the dataset is loaded.
	 * @param eventCount the number of events
	 */
	public void setEventCount(int eventCount) {
		this.eventCount = eventCount;
	}

}
