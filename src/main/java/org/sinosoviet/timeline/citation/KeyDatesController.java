package org.sinosoviet.timeline.citation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springdoc.core.annotations.ParameterObject;

import org.sinosoviet.timeline.event.TimelineFilter;
import org.sinosoviet.timeline.event.TimelineParameters;
import org.sinosoviet.timeline.web.QueryParameters;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * A printable sheet of the key dates of any timeline view, for revision.
 */
@Controller
@Tag(name = "Exports", description = "Downloads of the timeline and its sources in the formats other tools read")
class KeyDatesController {

	private final Exports exports;

	KeyDatesController(Exports exports) {
		this.exports = exports;
	}

	@GetMapping("/export/key-dates")
	@Operation(operationId = "exportKeyDates", summary = "A view as a printable sheet of key dates",
			description = "An HTML page listing the events of a view with their dates and permalinks, for printing.")
	@ApiResponse(responseCode = "200", description = "The page",
			content = @Content(mediaType = "text/html", schema = @Schema(type = "string")))
	@ApiResponse(responseCode = "400", ref = "#/components/responses/BadParameter")
	String keyDates(@ParameterObject TimelineParameters parameters, HttpServletRequest request, Model model) {
		TimelineFilter filter = parameters.filter();
		model.addAttribute("events", this.exports.summaries(filter));
		model.addAttribute("filtered", filter.isFiltered());
		model.addAttribute("query", QueryParameters.normalized(request));
		return "citation/key-dates";
	}

}
