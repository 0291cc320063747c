package org.sinosoviet.timeline.event;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;

/**
 * An event as it appears in a list.
 *
 * @param id the permalink id
 * @param title the title
 * @param date the EDTF date
 * @param start the earliest day the date can mean
 * @param end the latest day the date can mean
 * @param precision {@code day}, {@code month} or {@code year}
 * @param displayDate the date for readers
 * @param period the period id (default scheme)
 * @param themes the theme ids
 * @param summary the summary
 * @param disputed whether sources disagree about it
 * @param permalink the event's address
 * @param importance 1 (a turning point), 2 (significant) or 3 (detail or background)
 */
public record EventSummary(@Schema(description = "The permalink id") String id,
		@Schema(description = "The title") String title,
		@Schema(description = "The EDTF date", example = "1969-03-02") String date,
		@Schema(description = "The earliest day the date can mean", example = "1969-03-02") LocalDate start,
		@Schema(description = "The latest day the date can mean", example = "1969-03-02") LocalDate end,
		@Schema(description = "day, month or year", example = "day") String precision,
		@Schema(description = "The date for readers", example = "2 March 1969") String displayDate,
		@Schema(description = "The period id (default scheme)") String period,
		@Schema(description = "The theme ids") List<String> themes, @Schema(description = "The summary") String summary,
		@Schema(description = "Whether sources disagree about it", example = "true") boolean disputed,
		@Schema(description = "The event's address",
				example = "https://example.org/events/1969-03-02-zhenbao-island-ambush") String permalink,
		@Schema(description = "1: a turning point a student must know; 2: significant; 3: detail or background",
				example = "1") int importance) {

	/**
	 * This summary with an absolute permalink.
	 * @param baseUrl the site's base URL, without a trailing slash
	 * @return the summary with its permalink made absolute
	 */
	public EventSummary withBaseUrl(String baseUrl) {
		return new EventSummary(this.id, this.title, this.date, this.start, this.end, this.precision, this.displayDate,
				this.period, this.themes, this.summary, this.disputed, baseUrl + this.permalink, this.importance);
	}

}
