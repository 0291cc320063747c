package org.sinosoviet.timeline.event;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.sinosoviet.timeline.web.InvalidParameterException;
import org.sinosoviet.timeline.web.NotFoundException;
import org.sinosoviet.timeline.web.SiteUrls;
import org.springframework.data.web.PagedModel;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriUtils;

/**
 * The timeline as JSON, with the same filters as the pages.
 */
@RestController
@Tag(name = "Events", description = "The timeline: events, their claims and citations")
class EventApiController {

	static final int MAX_SIZE = 500;

	private final TimelineQuery query;

	private final SiteUrls urls;

	EventApiController(TimelineQuery query, SiteUrls urls) {
		this.query = query;
		this.urls = urls;
	}

	@GetMapping(path = "/api/events", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "List events",
			description = "Events in date order, paged, filtered by any combination of parameters. "
					+ "Repeatable parameters match any of their values; different parameters must all match. "
					+ "An imprecise date matches when any day it can mean falls within from-to.")
	@ApiResponse(responseCode = "200", description = "A page of events")
	@ApiResponse(responseCode = "400", description = "A parameter is malformed or names an unknown id",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	PagedModel<EventSummary> events(
			@Parameter(
					description = "A period id, from any period scheme (see /api/periods). "
							+ "Periods of other schemes match by date.",
					example = "split") @RequestParam(required = false) String period,
			@Parameter(description = "Theme ids (see /api/themes); repeatable or comma-separated; any of them matches.",
					example = "border") @RequestParam(name = "theme", required = false) List<String> themes,
			@Parameter(description = "Source ids (see /api/sources): events with a claim citing any of them.",
					example = "fu-2023") @RequestParam(name = "source", required = false) List<String> sources,
			@Parameter(description = "Actor ids (see /api/actors); any of them matches.",
					example = "nikita-khrushchev") @RequestParam(name = "actor", required = false) List<String> actors,
			@Parameter(description = "Place ids (see /api/places); any of them matches.",
					example = "zhenbao-island") @RequestParam(name = "place", required = false) List<String> places,
			@Parameter(description = "The first day of interest: a year, YYYY-MM or an ISO date (inclusive).",
					example = "1960") @RequestParam(required = false) String from,
			@Parameter(description = "The last day of interest: a year, YYYY-MM or an ISO date (inclusive).",
					example = "1969-12") @RequestParam(required = false) String to,
			@Parameter(description = "Words that must all appear in the title, summary, claims or the names "
					+ "(in any language or spelling) of the event's actors and places. Case and accents are ignored; "
					+ "no wildcards.", example = "Damansky") @RequestParam(required = false) String q,
			@Parameter(description = "true: only events where sources disagree.", example = "true",
					schema = @Schema(allowableValues = { "true", "false" })) @RequestParam(
							required = false) String disputed,
			@Parameter(description = "date (oldest first, the default) or -date (newest first).", example = "-date",
					schema = @Schema(allowableValues = { "date", "-date" })) @RequestParam(
							required = false) String sort,
			@Parameter(description = "The 0-based page number.", example = "0",
					schema = @Schema(type = "integer", minimum = "0", defaultValue = "0")) @RequestParam(
							defaultValue = "0") String page,
			@Parameter(description = "Events per page, 1 to 500.", example = "50",
					schema = @Schema(type = "integer", minimum = "1", maximum = "500",
							defaultValue = "50")) @RequestParam(defaultValue = "50") String size) {
		int pageNumber = number("page", page, 0, Integer.MAX_VALUE / MAX_SIZE, "a page number from 0");
		int pageSize = number("size", size, 1, MAX_SIZE, "a page size from 1 to " + MAX_SIZE);
		TimelineFilter filter = TimelineFilter.parse(period, themes, sources, actors, places, from, to, q, disputed,
				sort);
		String base = this.urls.base();
		return new PagedModel<>(
				this.query.events(filter, pageNumber, pageSize).map((event) -> event.withBaseUrl(base)));
	}

	@GetMapping(path = "/api/events/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Get one event",
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
		return this.query.event(id)
			.map((event) -> ResponseEntity.ok(event.withBaseUrl(this.urls.base())))
			.orElseGet(() -> moved(id, "/api/events/{id}"));
	}

	@GetMapping(path = "/api/events/{id}/claims/{claimId}", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Get one claim",
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
		Optional<EventDetail> found = this.query.event(id);
		if (found.isEmpty()) {
			return moved(id, "/api/events/{id}/claims/" + UriUtils.encodePathSegment(claimId, StandardCharsets.UTF_8));
		}
		EventDetail event = found.get().withBaseUrl(this.urls.base());
		Views.ClaimView claim = event.claims()
			.stream()
			.filter((candidate) -> candidate.id().equals(claimId))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("claim of event " + event.id(), claimId));
		return ResponseEntity.ok(new Views.ClaimDocument(event.id(), event.title(), event.displayDate(),
				event.permalink() + "#claim-" + claim.id(), claim));
	}

	<T> ResponseEntity<T> moved(String id, String path) {
		String live = this.query.aliasTarget(id).orElseThrow(() -> new NotFoundException("event", id));
		URI location = URI.create(this.urls.absolute(path.replace("{id}", live)));
		return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY).location(location).build();
	}

	static int number(String name, String value, int min, int max, String allowed) {
		try {
			int number = Integer.parseInt(value.strip());
			if (number >= min && number <= max) {
				return number;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		throw new InvalidParameterException(name, value, allowed);
	}

}
