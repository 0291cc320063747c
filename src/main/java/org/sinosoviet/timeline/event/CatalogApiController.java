package org.sinosoviet.timeline.event;

import java.util.List;

import org.sinosoviet.timeline.event.Views.DisputeView;
import org.sinosoviet.timeline.event.Views.NamedView;
import org.sinosoviet.timeline.event.Views.SchemeView;
import org.sinosoviet.timeline.event.Views.SourceView;
import org.sinosoviet.timeline.event.Views.ThemeView;
import org.sinosoviet.timeline.web.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The vocabularies and sources as JSON, each with how many events use it, and every place
 * where sources disagree.
 */
@RestController
@Tag(name = "Catalog", description = "Sources, periods, themes, actors, places and disputes")
class CatalogApiController {

	private final TimelineQuery query;

	CatalogApiController(TimelineQuery query) {
		this.query = query;
	}

	@GetMapping(path = "/api/sources", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "List sources",
			description = "Every source, grouped by type, with how many claims cite it and the ids of the events citing it.")
	List<SourceView> sources() {
		return this.query.sources();
	}

	@GetMapping(path = "/api/sources/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Get one source",
			description = "A source's bibliographic record, with how many claims cite it and the ids of the events citing it.")
	@ApiResponse(responseCode = "200", description = "The source")
	@ApiResponse(responseCode = "404", description = "No source has this id",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	SourceView source(@Parameter(description = "The source's id.", example = "fu-2023") @PathVariable String id) {
		return this.query.source(id).orElseThrow(() -> new NotFoundException("source", id));
	}

	@GetMapping(path = "/api/periods", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "List period schemes",
			description = "The default periodization and the alternative schemes of the source documents, each period with its number of events.")
	List<SchemeView> periods() {
		return this.query.schemes();
	}

	@GetMapping(path = "/api/themes", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "List themes", description = "Every theme with its number of events.")
	List<ThemeView> themes() {
		return this.query.themes();
	}

	@GetMapping(path = "/api/actors", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "List actors",
			description = "People, states, parties and organisations, with their names in other languages and spellings and their number of events.")
	List<NamedView> actors() {
		return this.query.actors();
	}

	@GetMapping(path = "/api/places", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "List places",
			description = "Places, with their names in other languages and spellings and their number of events.")
	List<NamedView> places() {
		return this.query.places();
	}

	@GetMapping(path = "/api/disputes", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "List disputes",
			description = "Every place where sources disagree: the event, and the competing claims with their ranks, reasons and citations.")
	List<DisputeView> disputes() {
		return this.query.disputes();
	}

}
