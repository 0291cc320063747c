package org.sinosoviet.timeline.study;

import java.util.List;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What chooses a study set, and where in it the student is: the seed, the timeline's
 * filters (period, theme, importance), the question number and the score so far. Values
 * stay text here, so that a bad one becomes a 400 that names it.
 *
 * @param seed the seed: the same seed and filters give the same set
 * @param period a period id
 * @param theme theme ids
 * @param importance the least important level to include
 * @param n the question's number, from 1
 * @param right how many questions were answered right so far
 */
public record StudyParameters(
		@Parameter(description = "The seed that chooses the set: a whole number from 0 to 999999999. The same seed "
				+ "and filters always give the same set; without one, the answer redirects to a fresh random seed.",
				example = "19690302") String seed,
		@Parameter(description = "A period id, from any period scheme (see /api/periods).",
				example = "split") String period,
		@Parameter(description = "Theme ids (see /api/themes); repeatable or comma-separated; any of them matches.",
				example = "border") List<String> theme,
		@Parameter(description = "1: only turning points; 2: also significant events; 3: every event (the default).",
				example = "1", schema = @Schema(allowableValues = {
						"1", "2", "3" })) String importance,
		@Parameter(hidden = true) String n, @Parameter(hidden = true) String right){

	/**
	 * The set these parameters choose.
	 * @return the selection, its formats checked
	 * @throws org.sinosoviet.timeline.web.InvalidParameterException naming the first
	 * malformed parameter
	 */
	Selection selection() {
		return Selection.parse(this.seed, this.period, this.theme, this.importance, this.n, this.right);
	}

}
