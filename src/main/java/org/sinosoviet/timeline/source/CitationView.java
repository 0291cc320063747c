package org.sinosoviet.timeline.source;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * A citation of a source.
 *
 * @param source the source id
 * @param sourceTitle the source's title
 * @param locator where in the source
 */
public record CitationView(@Schema(description = "The source id", example = "fu-2023") String source,
		@Schema(description = "The source's title",
				example = "Sino-Soviet Relations in the Early 1950s - Late 1960s") String sourceTitle,
		@Schema(description = "Where in the source", example = "section 4") @Nullable String locator) {

	/**
	 * The view of a citation.
	 * @param citation the citation
	 * @return its view
	 */
	public static CitationView of(Citation citation) {
		return new CitationView(citation.getSource().getId(), citation.getSource().getTitle(), citation.getLocator());
	}

	/**
	 * The views of citations, in order.
	 * @param citations the citations
	 * @return their views
	 */
	public static List<CitationView> of(List<Citation> citations) {
		return citations.stream().map(CitationView::of).toList();
	}

}
