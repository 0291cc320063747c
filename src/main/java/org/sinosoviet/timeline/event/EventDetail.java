package org.sinosoviet.timeline.event;

import java.time.LocalDate;
import java.util.List;

import org.sinosoviet.timeline.event.Views.ClaimView;
import org.sinosoviet.timeline.event.Views.EventRef;
import org.sinosoviet.timeline.event.Views.NamedView;
import org.sinosoviet.timeline.event.Views.Ref;

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
 */
public record EventDetail(String id, String title, String date, LocalDate start, LocalDate end, String precision,
		String displayDate, boolean approximate, boolean uncertain, boolean context, boolean disputed, Ref period,
		List<Ref> themes, List<NamedView> actors, List<NamedView> places, String summary, String significance,
		List<ClaimView> claims, List<String> aliases, EventRef previous, EventRef next, List<EventRef> related,
		String permalink) {

	EventDetail withNeighbours(EventRef previous, EventRef next, List<EventRef> related) {
		return new EventDetail(this.id, this.title, this.date, this.start, this.end, this.precision, this.displayDate,
				this.approximate, this.uncertain, this.context, this.disputed, this.period, this.themes, this.actors,
				this.places, this.summary, this.significance, this.claims, this.aliases, previous, next, related,
				this.permalink);
	}

	/**
	 * This event with an absolute permalink.
	 * @param baseUrl the site's base URL, without a trailing slash
	 * @return the event with its permalink made absolute
	 */
	public EventDetail withBaseUrl(String baseUrl) {
		return new EventDetail(this.id, this.title, this.date, this.start, this.end, this.precision, this.displayDate,
				this.approximate, this.uncertain, this.context, this.disputed, this.period, this.themes, this.actors,
				this.places, this.summary, this.significance, this.claims, this.aliases, this.previous, this.next,
				this.related, baseUrl + this.permalink);
	}

	EventRef ref() {
		return new EventRef(this.id, this.title, this.displayDate);
	}

}
