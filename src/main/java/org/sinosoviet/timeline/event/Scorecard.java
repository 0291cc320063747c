package org.sinosoviet.timeline.event;

import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

import org.sinosoviet.timeline.event.EventService.Citing;
import org.sinosoviet.timeline.event.Views.ClaimView;

/**
 * How the statements of one founding document stand: for each verdict, how many and
 * which, so that a teacher can judge a revision site at a glance.
 *
 * @param source the founding document's id
 * @param statements how many of its statements the timeline carries
 * @param verdicts one row per verdict, in a fixed order
 */
public record Scorecard(@Schema(description = "The founding document's id") String source,
		@Schema(description = "How many of its statements the timeline carries") int statements,
		@Schema(description = "One row per verdict") List<Row> verdicts) {

	/**
	 * The scorecard of a source from the claims citing it.
	 * @param source the source's id
	 * @param citing the events citing it, each with the claims that cite it
	 * @return the scorecard
	 */
	static Scorecard of(String source, List<Citing> citing) {
		List<Row> rows = new ArrayList<>();
		int statements = 0;
		for (Verdict verdict : Verdict.values()) {
			List<Statement> found = new ArrayList<>();
			for (Citing item : citing) {
				for (ClaimView claim : item.claims()) {
					if (verdict.id().equals(claim.verdict())) {
						found.add(new Statement(item.event().id(), item.event().title(), item.event().displayDate(),
								claim.id(), claim.text(), item.event().permalink() + "#claim-" + claim.id()));
					}
				}
			}
			statements += found.size();
			rows.add(new Row(verdict.id(), verdict.label(), verdict.meaning(), found.size(), List.copyOf(found)));
		}
		return new Scorecard(source, statements, List.copyOf(rows));
	}

	/**
	 * The statements with one verdict.
	 *
	 * @param verdict the verdict's id
	 * @param label the verdict for readers
	 * @param meaning what it means
	 * @param count how many statements have it
	 * @param statements the statements
	 */
	public record Row(@Schema(description = "The verdict", example = "contradicted") String verdict,
			@Schema(description = "The verdict for readers", example = "Contradicted") String label,
			@Schema(description = "What it means") String meaning,
			@Schema(description = "How many statements have it") int count,
			@Schema(description = "The statements") List<Statement> statements) {

	}

	/**
	 * One statement of the document, as a claim of an event.
	 *
	 * @param event the event's id
	 * @param eventTitle the event's title
	 * @param displayDate the event's date for readers
	 * @param claim the claim's id
	 * @param text the claim
	 * @param href the claim's anchored address
	 */
	public record Statement(@Schema(description = "The event's id") String event,
			@Schema(description = "The event's title") String eventTitle,
			@Schema(description = "The event's date for readers") String displayDate,
			@Schema(description = "The claim's id") String claim, @Schema(description = "The claim") String text,
			@Schema(description = "The claim's anchored address") String href) {

	}

}
