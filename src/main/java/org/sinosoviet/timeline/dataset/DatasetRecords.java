package org.sinosoviet.timeline.dataset;

import java.time.LocalDate;
import java.util.List;

import org.sinosoviet.timeline.dataset.YamlRecord.Ref;
import org.sinosoviet.timeline.date.HistoricalDate;
import org.sinosoviet.timeline.event.ClaimRank;
import org.sinosoviet.timeline.source.SourceType;
import org.sinosoviet.timeline.taxonomy.AlternativeName;

/**
 * The records read from the data files, before they are checked against each other and
 * turned into entities.
 */
final class DatasetRecords {

	private DatasetRecords() {
	}

	/**
	 * Everything read from one data directory.
	 */
	record Dataset(List<SourceData> sources, List<ThemeData> themes, List<NamedData> actors, List<NamedData> places,
			List<SchemeData> schemes, List<EventData> events, int files) {

	}

	record SourceData(Spot spot, String id, SourceType type, String title, List<String> authors, String container,
			String publisher, String volume, String issue, String pages, HistoricalDate date, String url, String doi,
			String isbn, LocalDate accessed, String reliability) {

	}

	record ThemeData(Spot spot, String id, String title, String description) {

	}

	record NamedData(Spot spot, String id, String name, String kind, String description, List<AlternativeName> names) {

	}

	record CitationData(Ref source, String locator) {

	}

	record SchemeData(Spot spot, String id, String title, String description, boolean isDefault,
			List<CitationData> citations, List<PeriodData> periods) {

	}

	record PeriodData(Spot spot, String id, String title, HistoricalDate start, HistoricalDate end, String description,
			List<CitationData> citations) {

	}

	record ClaimData(Spot spot, String id, String text, ClaimRank rank, String reason, String dispute,
			List<CitationData> citations) {

	}

	record EventData(Spot spot, String id, String title, HistoricalDate date, boolean context, Ref period,
			List<Ref> themes, List<Ref> actors, List<Ref> places, String summary, String significance,
			List<Ref> related, List<Ref> aliases, List<ClaimData> claims) {

	}

}
