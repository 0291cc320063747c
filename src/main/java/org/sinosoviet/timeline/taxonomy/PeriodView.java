package org.sinosoviet.timeline.taxonomy;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.sinosoviet.timeline.source.CitationView;

/**
 * A period with its number of events.
 *
 * @param id the id
 * @param scheme the scheme's id
 * @param title the title
 * @param start the EDTF start
 * @param end the EDTF end
 * @param firstDay the earliest day
 * @param lastDay the latest day
 * @param displayRange the span for readers
 * @param description why it begins and ends where it does
 * @param citations its sources
 * @param events how many events fall in it
 */
public record PeriodView(@Schema(description = "The id") String id,
		@Schema(description = "The scheme's id", example = "default") String scheme,
		@Schema(description = "The title") String title,
		@Schema(description = "The EDTF start", example = "1969-03-02") String start,
		@Schema(description = "The EDTF end", example = "1969-03-02") String end,
		@Schema(description = "The earliest day", example = "1960-07-01") LocalDate firstDay,
		@Schema(description = "The latest day", example = "1966-03-31") LocalDate lastDay,
		@Schema(description = "The span for readers", example = "July 1960 – March 1966") String displayRange,
		@Schema(description = "Why it begins and ends where it does") String description,
		@Schema(description = "Its sources") List<CitationView> citations,
		@Schema(description = "How many events fall in it") int events) {

	static PeriodView of(Period period) {
		return new PeriodView(period.getId(), period.getScheme().getId(), period.getTitle(), period.getStart().edtf(),
				period.getEnd().edtf(), period.getFirstDay(), period.getLastDay(),
				period.getStart().display() + " – " + period.getEnd().display(), period.getDescription(),
				CitationView.of(period.getCitations()), period.getEventCount());
	}

}
