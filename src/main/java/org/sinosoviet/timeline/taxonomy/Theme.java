package org.sinosoviet.timeline.taxonomy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/**
 * A theme that events are tagged with, such as the border or the Korean War.
 */
@Entity
public class Theme {

	@Id
	private String id;

	@Column(nullable = false)
	private String title;

	@Column(length = 2000, nullable = false)
	private String description;

	private int position;

	/** Derived at load: how many events it has. */
	private int eventCount;

	protected Theme() {
	}

	public Theme(String id, String title, String description, int position) {
		this.id = id;
		this.title = title;
		this.description = description;
		this.position = position;
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

	public int getPosition() {
		return this.position;
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
