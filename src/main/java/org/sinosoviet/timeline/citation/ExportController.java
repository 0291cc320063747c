package org.sinosoviet.timeline.citation;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

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
	ResponseEntity<String> eventsCsv(TimelineParameters parameters) {
		return Downloads.file(this.exports.eventsCsv(parameters.filter()), Downloads.CSV,
				"sino-soviet-timeline-events.csv", true);
	}

	@GetMapping("/export/sources.json")
	ResponseEntity<String> sourcesJson(TimelineParameters parameters) {
		List<Object> items = this.exports.sources(parameters.filter())
			.stream()
			.map((source) -> (Object) CslJson.item(Work.of(source)))
			.toList();
		return Downloads.file(this.json.writerWithDefaultPrettyPrinter().writeValueAsString(items), Downloads.CSL_JSON,
				"sino-soviet-timeline-sources.json", false);
	}

	@GetMapping("/export/sources.bib")
	ResponseEntity<String> sourcesBib(TimelineParameters parameters) {
		List<Work> works = this.exports.sources(parameters.filter()).stream().map(Work::of).toList();
		return Downloads.file(Bibtex.entries(works), Downloads.BIBTEX, "sino-soviet-timeline-sources.bib", true);
	}

	@GetMapping("/export/timelinejs.json")
	ResponseEntity<String> timelineJs(TimelineParameters parameters, HttpServletRequest request) {
		TimelineFilter filter = parameters.filter();
		String query = QueryParameters.normalized(request);
		String view = this.urls.absolute("/") + ((query != null && !query.isBlank()) ? "?" + query : "");
		return Downloads.file(this.json.writeValueAsString(this.exports.timelineJs(filter, view)), Downloads.JSON,
				"sino-soviet-timeline-timelinejs.json", false);
	}

	@GetMapping("/export/flashcards.csv")
	ResponseEntity<String> flashcards(TimelineParameters parameters) {
		return Downloads.file(this.exports.flashcardsCsv(parameters.filter()), Downloads.CSV,
				"sino-soviet-timeline-flashcards.csv", true);
	}

}
