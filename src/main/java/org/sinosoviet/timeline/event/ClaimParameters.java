package org.sinosoviet.timeline.event;

import java.util.List;

import io.swagger.v3.oas.annotations.Parameter;

/**
 * The filters of {@code /api/claims}.
 *
 * @param source source ids
 * @param verdict verdict ids
 */
record ClaimParameters(
		@Parameter(description = "Source ids (see /api/sources): claims citing any of them.",
				example = "revision-cards-1949-76") List<String> source,
		@Parameter(
				description = "Verdicts (corroborated, contradicted, partly, unverified): claims reporting a "
						+ "founding document's statement judged so; any of them matches.",
				example = "contradicted") List<String> verdict) {

	List<String> sources() {
		return TimelineFilter.ids(this.source);
	}

	List<Verdict> verdicts() {
		return TimelineFilter.verdicts(this.verdict);
	}

}
