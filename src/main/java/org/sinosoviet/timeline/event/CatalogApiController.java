package org.sinosoviet.timeline.event;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.sinosoviet.timeline.event.Views.DisputeView;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Every place where sources disagree, as JSON.
 */
@RestController
@Tag(name = "Catalog", description = "Sources, periods, themes, actors, places and disputes")
class CatalogApiController {

	private final EventService events;

	CatalogApiController(EventService events) {
		this.events = events;
	}

	@GetMapping(path = "/api/disputes", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "listDisputes", summary = "List disputes",
			description = "Every place where sources disagree: the event, and the competing claims with their ranks, reasons and citations.")
	List<DisputeView> disputes() {
		return this.events.disputes();
	}

}
