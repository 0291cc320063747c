package org.sinosoviet.timeline.event;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springdoc.core.annotations.ParameterObject;

import org.sinosoviet.timeline.event.Views.ClaimView;
import org.sinosoviet.timeline.web.NotFoundException;
import org.sinosoviet.timeline.web.SiteUrls;
import org.springframework.data.domain.Page;
import org.springframework.data.web.PagedModel;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriUtils;

/**
 * The timeline as JSON, with the same filters as the pages.
 */
@RestController
@Tag(name = "Events", description = "The timeline: events, their claims and citations")
class EventApiController {

	private final EventService events;

	private final SiteUrls urls;

	EventApiController(EventService events, SiteUrls urls) {
		this.events = events;
		this.urls = urls;
	}

	@GetMapping(path = "/api/events", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "listEvents", summary = "List events",
			description = "Events in date order, paged, filtered by any combination of parameters. "
					+ "Repeatable parameters match any of their values; different parameters must all match. "
					+ "An imprecise date matches when any day it can mean falls within from-to.")
	@ApiResponse(responseCode = "200", description = "A page of events")
	@ApiResponse(responseCode = "400", description = "A parameter is malformed or names an unknown id",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	PagedModel<EventSummary> list(@ParameterObject TimelineParameters filters, @ParameterObject PageParameters paging,
			HttpServletRequest request, HttpServletResponse response) {
		int page = paging.number();
		int size = paging.length();
		TimelineFilter filter = filters.filter();
		String base = this.urls.base();
		Page<EventSummary> events = this.events.events(filter, page, size).map((event) -> event.withBaseUrl(base));
		PageLinks.add(events, request, response, this.urls);
		return new PagedModel<>(events);
	}

	@GetMapping(path = "/api/events/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "getEvent", summary = "Get one event",
			description = "The full event: claims with their citations, actors and places with all their names, "
					+ "previous and next events, and related events. The same JSON is served at the permalink "
					+ "/events/{id} to clients that ask for application/json.")
	@ApiResponse(responseCode = "200", description = "The event")
	@ApiResponse(responseCode = "301", description = "An old id (alias): Location gives the live one",
			content = @Content)
	@ApiResponse(responseCode = "404", description = "No event has this id",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	ResponseEntity<EventDetail> event(@Parameter(description = "The event's permalink id, or an old alias.",
			example = "1969-03-02-zhenbao-island-ambush") @PathVariable String id) {
		return this.events.event(id)
			.map((event) -> ResponseEntity.ok(event.withBaseUrl(this.urls.base())))
			.orElseGet(() -> moved(id, "/api/events/{id}"));
	}

	@GetMapping(path = "/api/events/{id}/claims/{claimId}", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "getClaim", summary = "Get one claim",
			description = "A single claim of an event with its citations, and its own address: the event's "
					+ "permalink with the anchor #claim-{claimId}. Claim ids are stable within their event.")
	@ApiResponse(responseCode = "200", description = "The claim")
	@ApiResponse(responseCode = "301", description = "An old event id (alias): Location gives the live one",
			content = @Content)
	@ApiResponse(responseCode = "404", description = "No event has this id, or the event has no such claim",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	ResponseEntity<Views.ClaimDocument> claim(
			@Parameter(description = "The event's permalink id, or an old alias.",
					example = "1969-03-02-zhenbao-island-ambush") @PathVariable String id,
			@Parameter(description = "The claim's id within the event (the part after #claim- in its anchor).",
					example = "date") @PathVariable String claimId) {
		Optional<EventDetail> found = this.events.event(id);
		if (found.isEmpty()) {
			return moved(id, "/api/events/{id}/claims/" + UriUtils.encodePathSegment(claimId, StandardCharsets.UTF_8));
		}
		EventDetail event = found.get().withBaseUrl(this.urls.base());
		ClaimView claim = event.claims()
			.stream()
			.filter((candidate) -> candidate.id().equals(claimId))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("claim of event " + event.id(), claimId));
		return ResponseEntity.ok(new Views.ClaimDocument(event.id(), event.title(), event.displayDate(),
				event.permalink() + "#claim-" + claim.id(), claim));
	}

	@GetMapping(path = "/api/claims", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "listClaims", summary = "List claims",
			description = "Claims in date order, paged, each with its event and its anchored address: for example "
					+ "every contradicted statement of the revision cards, with source=revision-cards-1949-76 and "
					+ "verdict=contradicted.")
	@ApiResponse(responseCode = "200", description = "A page of claims")
	@ApiResponse(responseCode = "400", description = "A parameter is malformed or names an unknown id",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	PagedModel<Views.ClaimDocument> claims(@ParameterObject ClaimParameters filters,
			@ParameterObject PageParameters paging, HttpServletRequest request, HttpServletResponse response) {
		int page = paging.number();
		int size = paging.length();
		Page<Views.ClaimDocument> claims = this.events.claims(filters.sources(), filters.verdicts(), page, size,
				this.urls.base());
		PageLinks.add(claims, request, response, this.urls);
		return new PagedModel<>(claims);
	}

	<T> ResponseEntity<T> moved(String id, String path) {
		String live = this.events.aliasTarget(id).orElseThrow(() -> new NotFoundException("event", id));
		URI location = URI.create(this.urls.absolute(path.replace("{id}", live)));
		return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY).location(location).build();
	}

}
