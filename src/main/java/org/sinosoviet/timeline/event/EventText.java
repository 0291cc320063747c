package org.sinosoviet.timeline.event;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;

/**
 * An event's searchable text, folded once at load ({@link SearchText#fold}): its title,
 * summary, significance, claims and every name of its actors and places. Kept apart from
 * {@link Event} so that lists never read it; only the text filter does.
 */
@Entity
public class EventText {

	@Id
	private String eventId;

	@Lob
	@Column(nullable = false)
	private String text;

	protected EventText() {
	}

	EventText(String eventId, String text) {
		this.eventId = eventId;
		this.text = text;
	}

	String getEventId() {
		return this.eventId;
	}

	String getText() {
		return this.text;
	}

}
