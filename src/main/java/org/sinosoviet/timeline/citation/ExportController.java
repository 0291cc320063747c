package org.sinosoviet.timeline.citation;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springdoc.core.annotations.ParameterObject;

import org.sinosoviet.timeline.event.TimelineFilter;
import org.sinosoviet.timeline.event.TimelineParameters;
import org.sinosoviet.timeline.web.SiteUrls;
import org.sinosoviet.timeline.web.QueryParameters;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * Downloads of the whole timeline or any filtered view, with the parameters of
 * {@code /api/events}; a bad parameter is the same 400 problem.
 */
@RestController
@Tag(name = "Exports", description = "Downloads of the timeline and its sources in the formats other tools read")
class ExportController {

	private final Exports exports;

	private final JsonMapper json;

	private final SiteUrls urls;

	ExportController(Exports exports, JsonMapper json, SiteUrls urls) {
		this.exports = exports;
		this.json = json;
		this.urls = urls;
	}

	@GetMapping("/export/events.csv")
	@Operation(operationId = "exportEventsCsv", summary = "The events of a view as CSV",
			description = "One row per event, with the columns of the events table of /export/datapackage.json; the filters of /api/events.")
	@ApiResponse(responseCode = "200", description = "The file",
			content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
	@ApiResponse(responseCode = "400", ref = "#/components/responses/BadParameter")
	ResponseEntity<String> eventsCsv(@ParameterObject TimelineParameters parameters) {
		return Downloads.file(this.exports.eventsCsv(parameters.filter()), Downloads.CSV,
				"sino-soviet-timeline-events.csv", true);
	}

	@GetMapping("/export/sources.json")
	@Operation(operationId = "exportSourcesCslJson", summary = "The sources of a view as CSL-JSON",
			description = "Every source of the timeline, or those the events of a filtered view cite, as CSL-JSON items for Zotero, Pandoc and citeproc.")
	@ApiResponse(responseCode = "200", description = "The file",
			content = @Content(mediaType = "application/vnd.citationstyles.csl+json", schema = @Schema(type = "array")))
	@ApiResponse(responseCode = "400", ref = "#/components/responses/BadParameter")
	ResponseEntity<String> sourcesJson(@ParameterObject TimelineParameters parameters) {
		List<Object> items = this.exports.sources(parameters.filter())
			.stream()
			.map((source) -> (Object) CslJson.item(Work.of(source)))
			.toList();
		return Downloads.file(this.json.writerWithDefaultPrettyPrinter().writeValueAsString(items), Downloads.CSL_JSON,
				"sino-soviet-timeline-sources.json", false);
	}

	@GetMapping("/export/sources.bib")
	@Operation(operationId = "exportSourcesBibtex", summary = "The sources of a view as BibTeX",
			description = "Every source of the timeline, or those the events of a filtered view cite, as BibTeX entries.")
	@ApiResponse(responseCode = "200", description = "The file",
			content = @Content(mediaType = "application/x-bibtex", schema = @Schema(type = "string")))
	@ApiResponse(responseCode = "400", ref = "#/components/responses/BadParameter")
	ResponseEntity<String> sourcesBib(@ParameterObject TimelineParameters parameters) {
		List<Work> works = this.exports.sources(parameters.filter()).stream().map(Work::of).toList();
		return Downloads.file(Bibtex.entries(works), Downloads.BIBTEX, "sino-soviet-timeline-sources.bib", true);
	}

	@GetMapping("/export/timelinejs.json")
	@Operation(operationId = "exportTimelineJs", summary = "A view as a TimelineJS 3 timeline",
			description = "The events of a view as the JSON that Knight Lab TimelineJS 3 loads.")
	@ApiResponse(responseCode = "200", description = "The file",
			content = @Content(mediaType = "application/json", schema = @Schema(type = "object")))
	@ApiResponse(responseCode = "400", ref = "#/components/responses/BadParameter")
	ResponseEntity<String> timelineJs(@ParameterObject TimelineParameters parameters, HttpServletRequest request) {
		TimelineFilter filter = parameters.filter();
		String query = QueryParameters.normalized(request);
		String view = this.urls.absolute("/") + ((query != null && !query.isBlank()) ? "?" + query : "");
		return Downloads.file(this.json.writeValueAsString(this.exports.timelineJs(filter, view)), Downloads.JSON,
				"sino-soviet-timeline-timelinejs.json", false);
	}

	@GetMapping("/export/flashcards.csv")
	@Operation(operationId = "exportFlashcards", summary = "A view as Anki flashcards",
			description = "The events of a view as an Anki CSV import, one note per event, with the event id as its GUID.")
	@ApiResponse(responseCode = "200", description = "The file",
			content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
	@ApiResponse(responseCode = "400", ref = "#/components/responses/BadParameter")
	ResponseEntity<String> flashcards(@ParameterObject TimelineParameters parameters) {
		return Downloads.file(this.exports.flashcardsCsv(parameters.filter()), Downloads.CSV,
				"sino-soviet-timeline-flashcards.csv", true);
	}

}
