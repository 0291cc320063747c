package org.sinosoviet.timeline.source;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What kind of work a source is.
 */
public enum SourceType {

	PRIMARY_DOCUMENT("Primary documents"), SCHOLARSHIP("Scholarship"), REFERENCE_WORK("Reference works"),
	TEXTBOOK("Textbooks and revision material"), WEB_PAGE("Web pages");

	private final String heading;

	SourceType(String heading) {
		this.heading = heading;
	}

	/**
	 * The id used in data files, such as {@code reference-work}.
	 * @return the id
	 */
	public String id() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	public String heading() {
		return this.heading;
	}

	public static Optional<SourceType> fromId(String id) {
		return Arrays.stream(values()).filter((type) -> type.id().equals(id)).findFirst();
	}

}
