package org.sinosoviet.timeline.event;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;
import java.util.List;

import org.sinosoviet.timeline.source.CitationView;

/**
 * The records that pages and the API are built from. Formatting lives here, not in
 * templates.
 */
public final class Views {

	private Views() {
	}

	/**
	 * A record referred to by id and title.
	 *
	 * @param id the id
	 * @param title the title or name
	 */
	public record Ref(@Schema(description = "The id") String id,
			@Schema(description = "The title or name") String title) {

	}

	/**
	 * A neighbouring or related event.
	 *
	 * @param id the event id
	 * @param title the title
	 * @param displayDate the date for readers
	 */
	public record EventRef(@Schema(description = "The event id") String id,
			@Schema(description = "The title") String title,
			@Schema(description = "The date for readers", example = "2 March 1969") String displayDate) {

	}

	/**
	 * A claim and its citations.
	 *
	 * @param id the claim id, stable within the event
	 * @param text the statement
	 * @param rank {@code preferred}, {@code normal} or {@code deprecated}
	 * @param reason why it is preferred or deprecated
	 * @param dispute the key shared by competing claims of the event
	 * @param verdict how a founding document's statement stands, or {@code null}
	 * @param citations the citations
	 * @param about {@code significance} for a claim saying why the event mattered, or
	 * {@code null}
	 */
	public record ClaimView(@Schema(description = "The claim id, stable within the event") String id, @Schema(
			description = "The statement",
			example = "Soviet and Chinese border guards clashed on Zhenbao Island on 2 March 1969.") String text,
			@Schema(description = "preferred, normal or deprecated", example = "preferred") String rank,
			@Schema(description = "Why it is preferred or deprecated",
					example = "The clashes on the Ussuri were in March 1969, not 1960-63.") @Nullable String reason,
			@Schema(description = "The key shared by competing claims of the event",
					example = "date") @Nullable String dispute,
			@Schema(description = "For a statement of a founding document (revision material): corroborated, "
					+ "contradicted, partly or unverified; null for other claims",
					example = "contradicted") @Nullable String verdict,
			@Schema(description = "The citations") List<CitationView> citations,
			@Schema(description = "significance for a claim that says why the event mattered; null otherwise",
					example = "significance") @Nullable String about) {

		/**
		 * A claim that is not about the event's significance.
		 */
		public ClaimView(String id, String text, String rank, String reason, String dispute, String verdict,
				List<CitationView> citations) {
			this(id, text, rank, reason, dispute, verdict, citations, null);
		}

		/**
		 * The verdict for readers, such as "Partly right".
		 * @return the label, or {@code null}
		 */
		public String verdictLabel() {
			return (this.verdict != null) ? Verdict.fromId(this.verdict).map(Verdict::label).orElse(null) : null;
		}

		/**
		 * What the verdict means, in a few words.
		 * @return the meaning, or {@code null}
		 */
		public String verdictMeaning() {
			return (this.verdict != null) ? Verdict.fromId(this.verdict).map(Verdict::meaning).orElse(null) : null;
		}

	}

	/**
	 * A place where sources disagree: competing claims about one point of an event.
	 *
	 * @param event the event
	 * @param dispute the dispute key within the event
	 * @param claims the competing claims
	 */
	public record DisputeView(@Schema(description = "The event") EventRef event,
			@Schema(description = "The dispute key within the event", example = "date") String dispute,
			@Schema(description = "The competing claims") List<ClaimView> claims) {

	}

	/**
	 * One claim on its own, citable: the claim with the event it belongs to and its
	 * anchored address.
	 *
	 * @param event the event's id
	 * @param eventTitle the event's title
	 * @param displayDate the event's date for readers
	 * @param permalink the claim's address: the event's permalink with the claim's anchor
	 * @param claim the claim with its citations
	 */
	public record ClaimDocument(@Schema(description = "The event's permalink id") String event,
			@Schema(description = "The event's title") String eventTitle,
			@Schema(description = "The event's date for readers", example = "2 March 1969") String displayDate,
			@Schema(description = "The claim's address: the event's permalink with the claim's anchor",
					example = "https://example.org/events/1969-03-02-zhenbao-island-ambush#claim-date") String permalink,
			@Schema(description = "The claim") ClaimView claim) {

	}

}
