package org.sinosoviet.timeline.event;

import java.util.List;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The filter parameters that the timeline page, {@code /api/events} and the exports
 * share, bound by name from the query string. Values stay text here, so that a bad one
 * becomes a 400 that names it ({@link TimelineFilter#parse}), never a binding error.
 *
 * @param period a period id of any scheme
 * @param theme theme ids
 * @param source source ids
 * @param actor actor ids
 * @param place place ids
 * @param from the first day of interest
 * @param to the last day of interest
 * @param q words that must all appear
 * @param disputed {@code true} for disputed events only
 * @param verdict verdict ids
 * @param importance the least important level to include
 * @param sort {@code date} or {@code -date}
 */
public record TimelineParameters(
		@Parameter(description = "A period id, from any period scheme (see /api/periods). "
				+ "Periods of other schemes match by date.", example = "split") String period,
		@Parameter(description = "Theme ids (see /api/themes); repeatable or comma-separated; any of them matches.",
				example = "border") List<String> theme,
		@Parameter(description = "Source ids (see /api/sources): events with a claim citing any of them.",
				example = "fu-2023") List<String> source,
		@Parameter(description = "Actor ids (see /api/actors); any of them matches.",
				example = "nikita-khrushchev") List<String> actor,
		@Parameter(description = "Place ids (see /api/places); any of them matches.",
				example = "zhenbao-island") List<String> place,
		@Parameter(description = "The first day of interest: a year, YYYY-MM or an ISO date (inclusive).",
				example = "1960") String from,
		@Parameter(description = "The last day of interest: a year, YYYY-MM or an ISO date (inclusive).",
				example = "1969-12") String to,
		@Parameter(description = "Words that must all appear in the title, summary, claims or the names "
				+ "(in any language or spelling) of the event's actors and places. Case and accents are ignored; "
				+ "no wildcards.", example = "Damansky") String q,
		@Parameter(description = "true: only events where sources disagree.", example = "true",
				schema = @Schema(allowableValues = {
						"true", "false" })) String disputed,
		@Parameter(
				description = "Verdicts (corroborated, contradicted, partly, unverified): events with a statement "
						+ "of a founding document (revision material) judged so; any of them matches.",
				example = "contradicted") List<String> verdict,
		@Parameter(
				description = "1: only turning points a student must know; 2: also significant events; "
						+ "3: every event (the default).",
				example = "1", schema = @Schema(allowableValues = { "1", "2", "3" })) String importance,
		@Parameter(description = "date (oldest first, the default) or -date (newest first).", example = "-date",
				schema = @Schema(allowableValues = { "date", "-date" })) String sort){

	/**
	 * The filter these parameters ask for.
	 * @return the filter, its formats checked
	 * @throws org.sinosoviet.timeline.web.InvalidParameterException naming the first
	 * malformed parameter
	 */
	public TimelineFilter filter() {
		return TimelineFilter.parse(this.period, this.theme, this.source, this.actor, this.place, this.from, this.to,
				this.q, this.disputed, this.verdict, this.importance, this.sort);
	}

}
