package org.sinosoviet.timeline.source;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;

/**
 * A reference to a source, with a locator (page, section, card) where a reader finds the
 * statement.
 */
@Embeddable
public class Citation {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Source source;

	@Column(length = 1000)
	private String locator;

	protected Citation() {
	}

	public Citation(Source source, String locator) {
		this.source = source;
		this.locator = locator;
	}

	public Source getSource() {
		return this.source;
	}

	public String getLocator() {
		return this.locator;
	}

}
