package org.sinosoviet.timeline.taxonomy;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A theme with its number of events.
 *
 * @param id the id
 * @param title the title
 * @param description what it covers
 * @param events how many events carry it
 */
public record ThemeView(@Schema(description = "The id") String id, @Schema(description = "The title") String title,
		@Schema(description = "What it covers") String description,
		@Schema(description = "How many events carry it") int events) {

	static ThemeView of(Theme theme) {
		return new ThemeView(theme.getId(), theme.getTitle(), theme.getDescription(), theme.getEventCount());
	}

}
