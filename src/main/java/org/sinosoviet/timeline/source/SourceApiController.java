package org.sinosoviet.timeline.source;

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
 * The bibliography as JSON.
 */
@RestController
@Tag(name = "Catalog", description = "Sources, periods, themes, actors, places and disputes")
class SourceApiController {

	private final SourceService sources;

	SourceApiController(SourceService sources) {
		this.sources = sources;
	}

	@GetMapping(path = "/api/sources", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "listSources", summary = "List sources",
			description = "Every source, grouped by type, with how many claims cite it and the ids of the events citing it.")
	List<SourceView> sources() {
		return this.sources.sources();
	}

	@GetMapping(path = "/api/sources/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "getSource", summary = "Get one source",
			description = "A source's bibliographic record, with how many claims cite it and the ids of the events citing it.")
	@ApiResponse(responseCode = "200", description = "The source")
	@ApiResponse(responseCode = "404", description = "No source has this id",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	SourceView source(@Parameter(description = "The source's id.", example = "fu-2023") @PathVariable String id) {
		return this.sources.source(id).orElseThrow(() -> new NotFoundException("source", id));
	}

}
