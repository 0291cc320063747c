package org.sinosoviet.timeline.taxonomy;

import java.util.List;

import jakarta.persistence.Entity;

/**
 * A person, state, party or organisation that takes part in events.
 */
@Entity
public class Actor extends NamedRecord {

	protected Actor() {
	}

	public Actor(String id, String name, String kind, String description, List<AlternativeName> names) {
		super(id, name, kind, description, names);
	}

}
