package org.sinosoviet.timeline.taxonomy;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import io.swagger.v3.oas.annotations.media.Schema;
import org.sinosoviet.timeline.source.CitationView;

/**
 * A place with its names, its number of events, and where it is if a source gives that:
 * as the API lists it, and as the maps draw it.
 *
 * @param id the id
 * @param name the English name
 * @param kind city, island, river...
 * @param description one line about it
 * @param names its other names
 * @param events how many events it appears in
 * @param latitude decimal degrees, north positive; {@code null} if not placed
 * @param longitude decimal degrees, east positive; {@code null} if not placed
 * @param coordinatesSource the source of the coordinates
 * @param outline the features of its shape in the dataset its outline source names; none
 * if it is drawn as a point only
 * @param outlineSource the dataset of the shape, as a citation
 */
public record PlaceView(@Schema(description = "The id") String id,
		@Schema(description = "The English name", example = "Zhenbao Island (Damansky Island)") String name,
		@Schema(description = "city, island, river, region, country, mountain or other",
				example = "island") String kind,
		@Schema(description = "One line about it") @Nullable String description,
		@Schema(description = "Its other names") List<NameView> names,
		@Schema(description = "How many events it appears in") int events,
		@Schema(description = "Decimal degrees, north positive; absent where no source placing it has been found",
				example = "46.48556") @Nullable Double latitude,
		@Schema(description = "Decimal degrees, east positive; absent where no source placing it has been found",
				example = "133.84444") @Nullable Double longitude,
		@Schema(description = "The source of the coordinates") List<CitationView> coordinatesSource,
		@Schema(description = "The features of its shape (a country, or several) in the dataset that outlineSource cites; empty where it is drawn as a point only",
				example = "[\"Mongolia\"]") List<String> outline,
		@Schema(description = "The dataset its shape comes from") List<CitationView> outlineSource) {

	static PlaceView of(Place place) {
		NamedView named = NamedView.of(place);
		return new PlaceView(named.id(), named.name(), named.kind(), named.description(), named.names(), named.events(),
				place.getLatitude(), place.getLongitude(), CitationView.of(place.getCoordinatesCitations()),
				List.copyOf(place.getOutlineFeatures()), CitationView.of(place.getOutlineCitations()));
	}

	/**
	 * Whether it has a shape.
	 * @return whether it has an outline
	 */
	public boolean outlined() {
		return !this.outline.isEmpty() && !this.outlineSource.isEmpty();
	}

	/**
	 * The dataset of its shape.
	 * @return the source id, or {@code null} without an outline
	 */
	public String outlineDataset() {
		return outlined() ? this.outlineSource.get(0).source() : null;
	}

	/**
	 * Whether a source places it.
	 * @return whether it has coordinates
	 */
	public boolean placed() {
		return this.latitude != null && this.longitude != null;
	}

	/**
	 * The coordinates for readers, such as "46.49° N, 133.84° E".
	 * @return the coordinates, or {@code null} if not placed
	 */
	public String displayCoordinates() {
		if (!placed()) {
			return null;
		}
		return String.format(Locale.ROOT, "%.2f° %s, %.2f° %s", Math.abs(this.latitude),
				(this.latitude >= 0) ? "N" : "S", Math.abs(this.longitude), (this.longitude >= 0) ? "E" : "W");
	}

}
