package org.sinosoviet.timeline.taxonomy;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.sinosoviet.timeline.web.NotFoundException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The vocabularies as JSON, each record with how many events use it.
 */
@RestController
@Tag(name = "Catalog", description = "Sources, periods, themes, actors, places and disputes")
class TaxonomyApiController {

	private final TaxonomyService taxonomy;

	TaxonomyApiController(TaxonomyService taxonomy) {
		this.taxonomy = taxonomy;
	}

	@GetMapping(path = "/api/periods", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "listPeriodSchemes", summary = "List period schemes",
			description = "The default periodization and the alternative schemes of the source documents, each period with its number of events.")
	List<SchemeView> periods() {
		return this.taxonomy.schemes();
	}

	@GetMapping(path = "/api/periods/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "getPeriod", summary = "Get one period",
			description = "A period of any scheme, with its dates, description, citations and number of events.")
	@ApiResponse(responseCode = "200", description = "The period")
	@ApiResponse(responseCode = "404", description = "No period has this id",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	PeriodView period(
			@Parameter(description = "The period's id, of any scheme.", example = "split") @PathVariable String id) {
		return this.taxonomy.period(id).orElseThrow(() -> new NotFoundException("period", id));
	}

	@GetMapping(path = "/api/themes", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "listThemes", summary = "List themes",
			description = "Every theme with its number of events.")
	List<ThemeView> themes() {
		return this.taxonomy.themes();
	}

	@GetMapping(path = "/api/actors", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "listActors", summary = "List actors",
			description = "People, states, parties and organisations, with their names in other languages and spellings and their number of events.")
	List<NamedView> actors() {
		return this.taxonomy.actors();
	}

	@GetMapping(path = "/api/places", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "listPlaces", summary = "List places",
			description = "Places, with their names in other languages and spellings, their number of events, "
					+ "and their coordinates with the source they come from, where one has been found.")
	List<PlaceView> places() {
		return this.taxonomy.placeViews();
	}

}
