package org.sinosoviet.timeline.event;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;

import org.sinosoviet.timeline.web.InvalidParameterException;

/**
 * Which page of a list, and how long: text here, so that a bad value is a 400 naming it.
 *
 * @param page the 0-based page number
 * @param size events per page
 */
record PageParameters(
		@Parameter(description = "The 0-based page number.", example = "0",
				schema = @Schema(type = "integer", minimum = "0", defaultValue = "0")) String page,
		@Parameter(description = "Events per page, 1 to 500.", example = "50",
				schema = @Schema(type = "integer", minimum = "1", maximum = "500", defaultValue = "50")) String size) {

	static final int MAX_SIZE = 500;

	static final int DEFAULT_SIZE = 50;

	int number() {
		return number("page", this.page, 0, 0, Integer.MAX_VALUE / MAX_SIZE, "a page number from 0");
	}

	int length() {
		return number("size", this.size, DEFAULT_SIZE, 1, MAX_SIZE, "a page size from 1 to " + MAX_SIZE);
	}

	private static int number(String name, String value, int fallback, int min, int max, String allowed) {
		if (value == null || value.isBlank()) {
			return fallback;
		}
		try {
			int number = Integer.parseInt(value.strip());
			if (number >= min && number <= max) {
				return number;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		throw new InvalidParameterException(name, value, allowed);
	}

}
