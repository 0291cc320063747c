package org.sinosoviet.timeline.taxonomy;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.sinosoviet.timeline.source.CitationView;

/**
 * A way of dividing the story into periods.
 *
 * @param id the id
 * @param title the title
 * @param description where its boundaries come from
 * @param isDefault whether events are filed under its periods
 * @param citations its sources
 * @param periods its periods
 */
public record SchemeView(@Schema(description = "The id") String id, @Schema(description = "The title") String title,
		@Schema(description = "Where its boundaries come from") String description,
		@Schema(description = "Whether events are filed under its periods", example = "true") boolean isDefault,
		@Schema(description = "Its sources") List<CitationView> citations,
		@Schema(description = "Its periods") List<PeriodView> periods) {

	static SchemeView of(PeriodScheme scheme) {
		return new SchemeView(scheme.getId(), scheme.getTitle(), scheme.getDescription(), scheme.isDefaultScheme(),
				CitationView.of(scheme.getCitations()), scheme.getPeriods().stream().map(PeriodView::of).toList());
	}

}
