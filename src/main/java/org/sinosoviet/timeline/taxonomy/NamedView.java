package org.sinosoviet.timeline.taxonomy;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * An actor or place with all its names.
 *
 * @param id the id
 * @param name the English name
 * @param kind person, state, party, organisation; or city, island, river...
 * @param description one line about it
 * @param names its other names
 * @param events how many events it appears in
 */
public record NamedView(@Schema(description = "The id") String id,
		@Schema(description = "The English name", example = "Nikita Khrushchev") String name,
		@Schema(description = "Person, state, party, organisation; or city, island, river...",
				example = "person") String kind,
		@Schema(description = "One line about it") @Nullable String description,
		@Schema(description = "Its other names") List<NameView> names,
		@Schema(description = "How many events it appears in") int events) {

	/**
	 * The view of an actor or a place.
	 * @param record the actor or place
	 * @return its view
	 */
	public static NamedView of(NamedRecord record) {
		return new NamedView(record.getId(), record.getName(), record.getKind(), record.getDescription(),
				record.getNames().stream().map(NameView::of).toList(), record.getEventCount());
	}

}
