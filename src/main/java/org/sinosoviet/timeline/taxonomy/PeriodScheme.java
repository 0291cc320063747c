package org.sinosoviet.timeline.taxonomy;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;

import org.sinosoviet.timeline.source.Citation;

/**
 * One way of dividing the story into periods. One scheme is the default; others show how
 * a source divides it.
 */
@Entity
public class PeriodScheme {

	@Id
	private String id;

	@Column(nullable = false)
	private String title;

	@Column(length = 4000, nullable = false)
	private String description;

	private boolean defaultScheme;

	private int position;

	@ElementCollection
	@CollectionTable(name = "period_scheme_citation")
	@OrderColumn
	private List<Citation> citations = new ArrayList<>();

	@OneToMany(mappedBy = "scheme")
	@OrderBy("position")
	private List<Period> periods = new ArrayList<>();

	protected PeriodScheme() {
	}

	public PeriodScheme(String id, String title, String description, boolean defaultScheme, int position,
			List<Citation> citations) {
		this.id = id;
		this.title = title;
		this.description = description;
		this.defaultScheme = defaultScheme;
		this.position = position;
		this.citations = new ArrayList<>(citations);
	}

	public String getId() {
		return this.id;
	}

	public String getTitle() {
		return this.title;
	}

	public String getDescription() {
		return this.description;
	}

	public boolean isDefaultScheme() {
		return this.defaultScheme;
	}

	public int getPosition() {
		return this.position;
	}

	public List<Citation> getCitations() {
		return this.citations;
	}

	public List<Period> getPeriods() {
		return this.periods;
	}

}
