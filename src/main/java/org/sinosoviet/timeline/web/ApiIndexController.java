package org.sinosoviet.timeline.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api}: where a client starts. Every endpoint with its address, and the OpenAPI
 * document that describes them in full. {@code OpenApiIntegrationTests} checks that the
 * list and the document name the same endpoints.
 */
@RestController
@Tag(name = "Index", description = "Where to start")
class ApiIndexController {

	private static final String JSON = MediaType.APPLICATION_JSON_VALUE;

	private static final String CSV = "text/csv";

	static final List<Entry> ENTRIES = List.of(
			new Entry("/api/events", "Events in date order, paged and filtered", JSON),
			new Entry("/api/events/{id}", "One event with its claims, citations, actors and places", JSON),
			new Entry("/api/events/{id}/claims/{claimId}", "One claim of an event, with its anchored address", JSON),
			new Entry("/api/claims", "Claims in date order, paged, filtered by source and verdict", JSON),
			new Entry("/api/sources", "Every source", JSON),
			new Entry("/api/sources/{id}", "One source with the events citing it", JSON),
			new Entry("/api/periods", "The period schemes and their periods", JSON),
			new Entry("/api/periods/{id}", "One period of any scheme", JSON),
			new Entry("/api/themes", "The themes", JSON), new Entry("/api/actors", "The actors", JSON),
			new Entry("/api/places", "The places", JSON),
			new Entry("/api/disputes", "Every place where sources disagree", JSON),
			new Entry("/api/study/order", "A set of events to put in order, with the answers", JSON),
			new Entry("/api/study/when", "A set of events to date, with the answers", JSON),
			new Entry("/api/study/spot", "A set of founding documents' statements to judge, with the verdicts", JSON),
			new Entry("/api/study/source", "A set of claims whose source to name, with the answers", JSON),
			new Entry("/api/study/sheets/{period}", "A period's revision sheet", JSON),
			new Entry("/events/{id}", "An event's permalink: its page, or its JSON with Accept: application/json",
					"text/html"),
			new Entry("/events/{id}.bib", "An event's citation as BibTeX", "application/x-bibtex"),
			new Entry("/events/{id}.ris", "An event's citation as RIS", "application/x-research-info-systems"),
			new Entry("/events/{id}.json", "An event's citation as CSL-JSON",
					"application/vnd.citationstyles.csl+json"),
			new Entry("/sources/{id}.bib", "A source's record as BibTeX", "application/x-bibtex"),
			new Entry("/sources/{id}.ris", "A source's record as RIS", "application/x-research-info-systems"),
			new Entry("/sources/{id}.json", "A source's record as CSL-JSON", "application/vnd.citationstyles.csl+json"),
			new Entry("/export/datapackage.json",
					"The whole dataset as a Frictionless Data Package: its tables' addresses and Table Schemas", JSON),
			new Entry("/export/{table}.csv", "One table of the data package", CSV),
			new Entry("/export/events.csv", "The events of the timeline or a filtered view, as CSV", CSV),
			new Entry("/export/sources.json", "The sources of a view as CSL-JSON",
					"application/vnd.citationstyles.csl+json"),
			new Entry("/export/sources.bib", "The sources of a view as BibTeX", "application/x-bibtex"),
			new Entry("/export/timelinejs.json", "A view as a Knight Lab TimelineJS 3 timeline", JSON),
			new Entry("/export/flashcards.csv", "A view as Anki flashcards", CSV),
			new Entry("/export/key-dates", "A view as a printable sheet of key dates", "text/html"));

	private final SiteUrls urls;

	ApiIndexController(SiteUrls urls) {
		this.urls = urls;
	}

	@GetMapping(path = "/api", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "apiIndex", summary = "The API index",
			description = "Every endpoint with its absolute address (a URI template where it takes an id), "
					+ "its media type, and the address of the OpenAPI document describing them.")
	@ApiResponse(responseCode = "200", description = "The index")
	ApiIndex index() {
		return new ApiIndex("Sino-Soviet Timeline API",
				"Read-only: every endpoint answers GET and HEAD, carries a strong ETag and may be cached; errors are "
						+ "RFC 9457 problem details.",
				this.urls.absolute("/v3/api-docs"), this.urls.absolute("/swagger-ui.html"),
				ENTRIES.stream()
					.map((entry) -> new ApiEndpoint(this.urls.absolute(entry.path()), entry.path().contains("{"),
							entry.title(), entry.type()))
					.toList());
	}

	/**
	 * The index.
	 *
	 * @param title the API's name
	 * @param description how it behaves
	 * @param openapi the OpenAPI document
	 * @param documentation the same, for people
	 * @param endpoints every endpoint
	 */
	record ApiIndex(@Schema(description = "The API's name") String title,
			@Schema(description = "How it behaves") String description,
			@Schema(description = "The OpenAPI 3.1 document describing every endpoint",
					example = "https://example.org/v3/api-docs") String openapi,
			@Schema(description = "The same, for people (Swagger UI)",
					example = "https://example.org/swagger-ui.html") String documentation,
			@Schema(description = "Every endpoint") List<ApiEndpoint> endpoints) {

	}

	/**
	 * One endpoint.
	 *
	 * @param href its absolute address, or a URI template (RFC 6570)
	 * @param templated whether href is a template, with {id} to fill in
	 * @param title what it answers
	 * @param type the media type of its answer
	 */
	record ApiEndpoint(
			@Schema(description = "Its absolute address, or a URI template (RFC 6570)",
					example = "https://example.org/api/events/{id}") String href,
			@Schema(description = "Whether href is a template, with a variable such as {id} to fill in",
					example = "true") boolean templated,
			@Schema(description = "What it answers") String title,
			@Schema(description = "The media type of its answer", example = "application/json") String type) {

	}

	record Entry(String path, String title, String type) {

	}

}
