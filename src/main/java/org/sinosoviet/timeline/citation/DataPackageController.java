package org.sinosoviet.timeline.citation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import tools.jackson.databind.json.JsonMapper;

import org.sinosoviet.timeline.web.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The whole dataset for researchers: a Frictionless Data Package whose tables are CSV
 * files at stable addresses under {@code /export/}.
 */
@RestController
@Tag(name = "Exports", description = "Downloads of the timeline and its sources in the formats other tools read")
class DataPackageController {

	private final DataTables tables;

	private final JsonMapper json;

	DataPackageController(DataTables tables, JsonMapper json) {
		this.tables = tables;
		this.json = json;
	}

	@GetMapping("/export/datapackage.json")
	@Operation(operationId = "dataPackage", summary = "The data package descriptor",
			description = "A Frictionless Data Package (profile tabular-data-package): the licence, the sources, "
					+ "and every CSV table of the dataset with its address and its Table Schema (field types, "
					+ "primary key, foreign keys).")
	@ApiResponse(responseCode = "200", description = "The descriptor, datapackage.json",
			content = @Content(mediaType = "application/json", schema = @Schema(type = "object")))
	ResponseEntity<String> descriptor() {
		return Downloads.file(this.json.writerWithDefaultPrettyPrinter().writeValueAsString(this.tables.descriptor()),
				Downloads.JSON, "datapackage.json", false);
	}

	@GetMapping("/export/{table}.csv")
	@Operation(operationId = "dataPackageTable", summary = "One table of the data package",
			description = "A table of the whole dataset as RFC 4180 CSV with a header line, described by its Table "
					+ "Schema in /export/datapackage.json. events.csv also takes the filters of /api/events.")
	@ApiResponse(responseCode = "200", description = "The table",
			content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
	@ApiResponse(responseCode = "404", description = "No table has this name",
			content = @Content(mediaType = "application/problem+json"))
	ResponseEntity<String> table(
			@Parameter(description = "The table's name, as in the descriptor's resources", example = "claims",
					schema = @Schema(allowableValues = { "events", "claims", "citations", "sources", "period-schemes",
							"scheme-citations", "periods", "period-citations", "themes", "actors", "actor-names",
							"places", "place-names", "event-themes", "event-actors", "event-places", "event-related",
							"event-aliases" })) @PathVariable String table) {
		DataTables.Table found = this.tables.table(table).orElseThrow(() -> new NotFoundException("table", table));
		return Downloads.file(this.tables.csv(found), Downloads.CSV, "sino-soviet-timeline-" + table + ".csv", true);
	}

}
