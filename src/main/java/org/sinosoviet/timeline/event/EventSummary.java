package org.sinosoviet.timeline.event;

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
 */
public record EventSummary(String id, String title, String date, LocalDate start, LocalDate end, String precision,
		String displayDate, String period, List<String> themes, String summary, boolean disputed, String permalink) {

	static EventSummary of(EventDetail event) {
		return new EventSummary(event.id(), event.title(), event.date(), event.start(), event.end(), event.precision(),
				event.displayDate(), event.period().id(), event.themes().stream().map(Views.Ref::id).toList(),
				event.summary(), event.disputed(), event.permalink());
	}

	/**
	 * This summary with an absolute permalink.
	 * @param baseUrl the site's base URL, without a trailing slash
	 * @return the summary with its permalink made absolute
	 */
	public EventSummary withBaseUrl(String baseUrl) {
		return new EventSummary(this.id, this.title, this.date, this.start, this.end, this.precision, this.displayDate,
				this.period, this.themes, this.summary, this.disputed, baseUrl + this.permalink);
	}

}
