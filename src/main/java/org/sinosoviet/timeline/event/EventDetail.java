package org.sinosoviet.timeline.event;

import java.time.LocalDate;
import java.util.List;

import org.sinosoviet.timeline.source.Citation;
import org.sinosoviet.timeline.taxonomy.NamedRecord;

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
 * @param period the period
 * @param themes the themes
 * @param actors the actors
 * @param places the places
 * @param summary the summary
 * @param significance why it mattered
 * @param claims the claims, in the curated order
 * @param aliases old ids that lead here
 * @param related ids of related events
 */
public record EventDetail(String id, String title, String date, LocalDate start, LocalDate end, String precision,
		String displayDate, Ref period, List<Ref> themes, List<Ref> actors, List<Ref> places, String summary,
		String significance, List<ClaimView> claims, List<String> aliases, List<String> related) {

	static EventDetail of(Event event) {
		return new EventDetail(event.getId(), event.getTitle(), event.getDate().edtf(), event.getFirstDay(),
				event.getLastDay(), event.getDate().precision().label(), event.getDate().display(),
				new Ref(event.getPeriod().getId(), event.getPeriod().getTitle()),
				event.getThemes().stream().map((theme) -> new Ref(theme.getId(), theme.getTitle())).toList(),
				event.getActors().stream().map(EventDetail::named).toList(),
				event.getPlaces().stream().map(EventDetail::named).toList(), event.getSummary(),
				event.getSignificance(), event.getClaims().stream().map(ClaimView::of).toList(),
				List.copyOf(event.getAliases()), List.copyOf(event.getRelated()));
	}

	private static Ref named(NamedRecord record) {
		return new Ref(record.getId(), record.getName());
	}

	/**
	 * A record this event refers to, by id and title.
	 *
	 * @param id the id
	 * @param title the title or name
	 */
	public record Ref(String id, String title) {

	}

	/**
	 * A claim and its citations.
	 *
	 * @param id the claim id, stable within the event
	 * @param text the statement
	 * @param rank {@code preferred}, {@code normal} or {@code deprecated}
	 * @param reason why it is preferred or deprecated
	 * @param dispute the key shared by competing claims
	 * @param citations the citations
	 */
	public record ClaimView(String id, String text, String rank, String reason, String dispute,
			List<CitationView> citations) {

		static ClaimView of(Claim claim) {
			return new ClaimView(claim.getClaimId(), claim.getText(), claim.getRank().id(), claim.getReason(),
					claim.getDispute(), claim.getCitations().stream().map(CitationView::of).toList());
		}

	}

	/**
	 * A citation of a source.
	 *
	 * @param source the source id
	 * @param sourceTitle the source's title
	 * @param locator where in the source
	 */
	public record CitationView(String source, String sourceTitle, String locator) {

		static CitationView of(Citation citation) {
			return new CitationView(citation.getSource().getId(), citation.getSource().getTitle(),
					citation.getLocator());
		}

	}

}
