package org.sinosoviet.timeline.event;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;
import java.time.LocalDate;
import java.util.List;

import org.sinosoviet.timeline.event.Views.ClaimView;
import org.sinosoviet.timeline.event.Views.EventRef;
import org.sinosoviet.timeline.event.Views.Ref;
import org.sinosoviet.timeline.taxonomy.NamedView;

/**
 * An event with everything its permalink page shows.
 *
 * @param id the permalink id
 * @param title the title
 * @param date the EDTF date
 * @param start the earliest day
 * @param end the latest day
 * @param precision {@code day}, {@code month} or {@code year}
 * @param displayDate the date for readers
 * @param approximate whether the date is approximate
 * @param uncertain whether the date is uncertain
 * @param context whether it is background outside 1949–1976
 * @param disputed whether sources disagree about it
 * @param period the period (default scheme)
 * @param themes the themes
 * @param actors the actors, with their other names
 * @param places the places, with their other names
 * @param summary the summary
 * @param significance why it mattered
 * @param claims the claims, in the curated order
 * @param aliases old ids that lead here
 * @param previous the event before it, or {@code null}
 * @param next the event after it, or {@code null}
 * @param related related events
 * @param permalink the event's address
 * @param importance 1 (a turning point), 2 (significant) or 3 (detail or background)
 */
public record EventDetail(@Schema(description = "The permalink id") String id,
		@Schema(description = "The title") String title,
		@Schema(description = "The EDTF date", example = "1969-03-02") String date,
		@Schema(description = "The earliest day", example = "1969-03-02") LocalDate start,
		@Schema(description = "The latest day", example = "1969-03-02") LocalDate end,
		@Schema(description = "day, month or year", example = "day") String precision,
		@Schema(description = "The date for readers", example = "2 March 1969") String displayDate,
		@Schema(description = "Whether the date is approximate", example = "false") boolean approximate,
		@Schema(description = "Whether the date is uncertain", example = "false") boolean uncertain,
		@Schema(description = "Whether it is background outside 1949–1976", example = "false") boolean context,
		@Schema(description = "Whether sources disagree about it", example = "true") boolean disputed,
		@Schema(description = "The period (default scheme)") Ref period,
		@Schema(description = "The themes") List<Ref> themes,
		@Schema(description = "The actors, with their other names") List<NamedView> actors,
		@Schema(description = "The places, with their other names") List<NamedView> places,
		@Schema(description = "The summary") String summary,
		@Schema(description = "Why it mattered") @Nullable String significance,
		@Schema(description = "The claims, in the curated order") List<ClaimView> claims,
		@Schema(description = "Old ids that lead here") List<String> aliases,
		@Schema(description = "The event before it, or null") @Nullable EventRef previous,
		@Schema(description = "The event after it, or null") @Nullable EventRef next,
		@Schema(description = "Related events") List<EventRef> related,
		@Schema(description = "The event's address",
				example = "https://example.org/events/1969-03-02-zhenbao-island-ambush") String permalink,
		@Schema(description = "1: a turning point a student must know; 2: significant; 3: detail or background",
				example = "1") int importance) {

	/**
	 * This event with an absolute permalink.
	 * @param baseUrl the site's base URL, without a trailing slash
	 * @return the event with its permalink made absolute
	 */
	public EventDetail withBaseUrl(String baseUrl) {
		return new EventDetail(this.id, this.title, this.date, this.start, this.end, this.precision, this.displayDate,
				this.approximate, this.uncertain, this.context, this.disputed, this.period, this.themes, this.actors,
				this.places, this.summary, this.significance, this.claims, this.aliases, this.previous, this.next,
				this.related, baseUrl + this.permalink, this.importance);
	}

}
