package org.sinosoviet.timeline.taxonomy;

import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.media.Schema;
import org.sinosoviet.timeline.source.CitationView;

/**
 * A place with where it is, if a source gives that.
 *
 * @param id the id
 * @param name the English name
 * @param kind city, island, river...
 * @param events how many events it appears in
 * @param latitude decimal degrees, north positive; {@code null} if not placed
 * @param longitude decimal degrees, east positive; {@code null} if not placed
 * @param citations the source of the coordinates
 */
public record PlaceLocation(@Schema(description = "The place id") String id,
		@Schema(description = "The English name", example = "Zhenbao Island (Damansky Island)") String name,
		@Schema(description = "city, island, river, region, country, mountain or other",
				example = "island") String kind,
		@Schema(description = "How many events it appears in") int events,
		@Schema(description = "Decimal degrees, north positive; absent if no source placing it has been found",
				example = "46.48556") Double latitude,
		@Schema(description = "Decimal degrees, east positive; absent if no source placing it has been found",
				example = "133.84444") Double longitude,
		@Schema(description = "The source of the coordinates") List<CitationView> citations) {

	static PlaceLocation of(Place place) {
		return new PlaceLocation(place.getId(), place.getName(), place.getKind(), place.getEventCount(),
				place.getLatitude(), place.getLongitude(), CitationView.of(place.getCoordinatesCitations()));
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
