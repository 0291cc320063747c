package org.sinosoviet.timeline.taxonomy;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * Another name, in a language or spelling.
 *
 * @param name the name
 * @param lang its BCP 47 language tag
 * @param note the romanization or other note
 */
public record NameView(@Schema(description = "The name", example = "Nikita Khrushchev") String name,
		@Schema(description = "Its BCP 47 language tag", example = "ru") String lang,
		@Schema(description = "The romanization or other note", example = "Wade–Giles") @Nullable String note) {

	static NameView of(AlternativeName name) {
		return new NameView(name.getName(), name.getLang(), name.getNote());
	}

}
