package org.sinosoviet.timeline.taxonomy;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Another name for an actor or a place, in a given language or spelling.
 */
@Embeddable
public class AlternativeName {

	@Column(name = "alt_name", nullable = false)
	private String name;

	@Column(nullable = false)
	private String lang;

	private String note;

	protected AlternativeName() {
	}

	public AlternativeName(String name, String lang, String note) {
		this.name = name;
		this.lang = lang;
		this.note = note;
	}

	public String getName() {
		return this.name;
	}

	/**
	 * The BCP 47 language tag, such as {@code zh-Hans} or {@code ru}.
	 * @return the language tag
	 */
	public String getLang() {
		return this.lang;
	}

	public String getNote() {
		return this.note;
	}

}
