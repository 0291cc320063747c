package org.sinosoviet.timeline.taxonomy;

import java.util.List;

import jakarta.persistence.Entity;

/**
 * A place where events happen, with its names in other languages and spellings.
 */
@Entity
public class Place extends NamedRecord {

	protected Place() {
	}

	public Place(String id, String name, String kind, String description, List<AlternativeName> names) {
		super(id, name, kind, description, names);
	}

}
