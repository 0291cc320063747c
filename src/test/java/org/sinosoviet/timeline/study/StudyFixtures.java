package org.sinosoviet.timeline.study;

import java.util.List;

import org.sinosoviet.timeline.date.HistoricalDate;
import org.sinosoviet.timeline.event.EventDetail;
import org.sinosoviet.timeline.event.Views.ClaimView;
import org.sinosoviet.timeline.event.Views.Ref;
import org.sinosoviet.timeline.source.CitationView;
import org.sinosoviet.timeline.source.SourceView;

/**
 * Small hand-made records for the generation rules: events with real EDTF dates and the
 * claims and sources a rule needs.
 */
final class StudyFixtures {

	private StudyFixtures() {
	}

	static EventDetail event(String id, String edtf, ClaimView... claims) {
		return event(id, edtf, "Title of " + id, "Summary of " + id + ".", 2, claims);
	}

	static EventDetail event(String id, String edtf, String title, String summary, int importance,
			ClaimView... claims) {
		HistoricalDate date = HistoricalDate.parse(edtf);
		return new EventDetail(id, title, edtf, date.earliest(), date.latest(), date.precision().label(),
				date.display(), date.isApproximate(), date.isUncertain(), false, false, new Ref("split", "The split"),
				List.of(), List.of(), List.of(), summary, "Why " + id + " mattered.", List.of(claims), List.of(), null,
				null, List.of(), "/events/" + id, importance);
	}

	static ClaimView claim(String id, String rank, String dispute, String verdict, String... sources) {
		return new ClaimView(id, "Claim " + id + ".", rank, rank.equals("normal") ? null : "Reason for " + id + ".",
				dispute, verdict, citations(sources));
	}

	static ClaimView significance(String id, String... sources) {
		return new ClaimView(id, "Why it mattered, says " + id + ".", "normal", null, null, null, citations(sources),
				"significance");
	}

	static List<CitationView> citations(String... sources) {
		return java.util.Arrays.stream(sources)
			.map((source) -> new CitationView(source, "Title of " + source, "p. 1"))
			.toList();
	}

	static SourceView source(String id, String type, String... authors) {
		return new SourceView(id, type, type, null, "Title of " + id, List.of(authors), List.of(), List.of(), null,
				null, null, null, null, null, "2023", null, null, null, null, null, id.startsWith("cards"), 1,
				List.of());
	}

}
