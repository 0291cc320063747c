package org.sinosoviet.timeline.dataset;

import java.util.List;

import org.sinosoviet.timeline.dataset.YamlRecord.Ref;
import org.sinosoviet.timeline.date.HistoricalDate;
import org.sinosoviet.timeline.event.ClaimRank;
import org.sinosoviet.timeline.event.Verdict;
import org.sinosoviet.timeline.source.Source;
import org.sinosoviet.timeline.taxonomy.Actor;
import org.sinosoviet.timeline.taxonomy.Place;
import org.sinosoviet.timeline.taxonomy.Theme;

/**
 * The records read from the data files. Records without references are read straight into
 * their entities; those with references keep each reference with where it was written,
 * until they are checked against each other and resolved.
 */
final class DatasetRecords {

	private DatasetRecords() {
	}

	/**
	 * Everything read from one data directory.
	 */
	record Dataset(List<Located<Source>> sources, List<Located<Theme>> themes, List<Located<Actor>> actors,
			List<Located<Place>> places, List<PlaceCoordinates> coordinates, List<PlaceOutline> outlines,
			List<SchemeData> schemes, List<EventData> events, int files) {

	}

	/**
	 * Where a place is, kept apart from the place until its source is resolved.
	 *
	 * @param place the place id
	 * @param latitude decimal degrees, north positive
	 * @param longitude decimal degrees, east positive
	 * @param source the source of the coordinates
	 */
	record PlaceCoordinates(String place, double latitude, double longitude, CitationData source) {

	}

	/**
	 * A place's shape, kept apart from the place until its dataset is resolved.
	 *
	 * @param place the place id
	 * @param source the dataset, a source id
	 * @param features the features of the dataset that make up the shape
	 */
	record PlaceOutline(String place, Ref source, List<String> features) {

	}

	/**
	 * A record that needs no references resolved, read straight into its entity, with
	 * where it was written.
	 *
	 * @param spot where it starts
	 * @param id its id
	 * @param entity the entity
	 */
	record Located<E>(Spot spot, String id, E entity) {

	}

	record CitationData(Ref source, String locator) {

	}

	record SchemeData(Spot spot, String id, String title, String description, boolean isDefault,
			List<CitationData> citations, List<PeriodData> periods) {

	}

	record PeriodData(Spot spot, String id, String title, HistoricalDate start, HistoricalDate end, String description,
			List<CitationData> citations) {

	}

	record ClaimData(Spot spot, String id, String text, ClaimRank rank, String reason, String dispute, Verdict verdict,
			boolean significance, List<CitationData> citations) {

	}

	record EventData(Spot spot, String id, String title, HistoricalDate date, boolean context, Ref period,
			List<Ref> themes, List<Ref> actors, List<Ref> places, String summary, String significance,
			List<Ref> related, List<Ref> aliases, Integer importance, List<ClaimData> claims) {

	}

}
