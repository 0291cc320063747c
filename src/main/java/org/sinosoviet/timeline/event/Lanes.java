package org.sinosoviet.timeline.event;

import java.util.Arrays;
import java.util.List;

import org.sinosoviet.timeline.web.InvalidParameterException;

/**
 * How the overview arranges its marks: all in one band (the default), or in one lane per
 * theme.
 */
enum Lanes {

	ONE("one"), THEME("theme");

	static final List<String> IDS = Arrays.stream(values()).map(Lanes::id).toList();

	private final String id;

	Lanes(String id) {
		this.id = id;
	}

	String id() {
		return this.id;
	}

	/**
	 * The arrangement a {@code lanes} parameter asks for.
	 * @param value the parameter, or {@code null}
	 * @return the arrangement, {@link #ONE} when the value is missing or blank
	 * @throws InvalidParameterException naming {@code lanes} and its values
	 */
	static Lanes parse(String value) {
		if (value == null || value.isBlank()) {
			return ONE;
		}
		for (Lanes lanes : values()) {
			if (lanes.id.equals(value.strip())) {
				return lanes;
			}
		}
		// Long nonsense is cut (at a whole character) before it is echoed back.
		String shown = (value.codePointCount(0, value.length()) > 40)
				? value.substring(0, value.offsetByCodePoints(0, 40)) + "…" : value;
		throw new InvalidParameterException("lanes", shown,
				"one (all events in a single band, the default) or theme (one lane per theme)", IDS);
	}

}
