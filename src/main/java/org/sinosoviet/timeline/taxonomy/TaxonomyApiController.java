package org.sinosoviet.timeline.taxonomy;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
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
			description = "Places, with their names in other languages and spellings and their number of events.")
	List<NamedView> places() {
		return this.taxonomy.places();
	}

}
