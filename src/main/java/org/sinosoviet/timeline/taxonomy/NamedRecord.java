package org.sinosoviet.timeline.taxonomy;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.OrderColumn;

/**
 * A record known by several names: an actor or a place.
 */
@MappedSuperclass
public abstract class NamedRecord {

	@Id
	private String id;

	@Column(nullable = false)
	private String name;

	@Column(nullable = false)
	private String kind;

	@Column(length = 2000)
	private String description;

	@ElementCollection
	@OrderColumn
	private List<AlternativeName> names = new ArrayList<>();

	/** Derived at load: how many events it has. */
	private int eventCount;

	/** Derived at load: the place in lists (by folded name). */
	private int position;

	protected NamedRecord() {
	}

	protected NamedRecord(String id, String name, String kind, String description, List<AlternativeName> names) {
		this.id = id;
		this.name = name;
		this.kind = kind;
		this.description = description;
		this.names = new ArrayList<>(names);
	}

	public String getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

	public String getKind() {
		return this.kind;
	}

	public String getDescription() {
		return this.description;
	}

	public List<AlternativeName> getNames() {
		return this.names;
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

	public int getPosition() {
		return this.position;
	}

	public void setPosition(int position) {
		this.position = position;
	}

}
