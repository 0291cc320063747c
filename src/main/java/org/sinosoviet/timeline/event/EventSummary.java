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
 * @param period the period id
 * @param themes the theme ids
 * @param summary the summary
 * @param disputed whether sources disagree about it
 * @param permalink the event's address
 */
public record EventSummary(String id, String title, String date, LocalDate start, LocalDate end, String precision,
		String displayDate, String period, List<String> themes, String summary, boolean disputed, String permalink) {

	static EventSummary of(Event event) {
		return new EventSummary(event.getId(), event.getTitle(), event.getDate().edtf(), event.getFirstDay(),
				event.getLastDay(), event.getDate().precision().label(), event.getDate().display(),
				event.getPeriod().getId(), event.getThemes().stream().map((theme) -> theme.getId()).toList(),
				event.getSummary(), isDisputed(event), "/events/" + event.getId());
	}

	static boolean isDisputed(Event event) {
		return event.getClaims().stream().anyMatch((claim) -> claim.getDispute() != null);
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
