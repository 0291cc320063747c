package org.sinosoviet.timeline.event;

import java.net.URI;
import java.util.List;

import org.sinosoviet.timeline.web.InvalidParameterException;
import org.sinosoviet.timeline.web.NotFoundException;
import org.springframework.data.web.PagedModel;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The timeline as JSON, with the same filters as the pages.
 */
@RestController
class EventApiController {

	static final int MAX_SIZE = 500;

	private final TimelineQuery query;

	EventApiController(TimelineQuery query) {
		this.query = query;
	}

	@GetMapping("/api/events")
	PagedModel<EventSummary> events(@RequestParam(required = false) String period,
			@RequestParam(name = "theme", required = false) List<String> themes,
			@RequestParam(name = "source", required = false) List<String> sources,
			@RequestParam(name = "actor", required = false) List<String> actors,
			@RequestParam(name = "place", required = false) List<String> places,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String q, @RequestParam(required = false) String disputed,
			@RequestParam(required = false) String sort, @RequestParam(defaultValue = "0") String page,
			@RequestParam(defaultValue = "50") String size) {
		int pageNumber = number("page", page, 0, Integer.MAX_VALUE / MAX_SIZE, "a page number from 0");
		int pageSize = number("size", size, 1, MAX_SIZE, "a page size from 1 to " + MAX_SIZE);
		TimelineFilter filter = TimelineFilter.parse(period, themes, sources, actors, places, from, to, q, disputed,
				sort);
		String base = baseUrl();
		return new PagedModel<>(
				this.query.events(filter, pageNumber, pageSize).map((event) -> event.withBaseUrl(base)));
	}

	@GetMapping("/api/events/{id}")
	ResponseEntity<EventDetail> event(@PathVariable String id) {
		return this.query.event(id)
			.map((event) -> ResponseEntity.ok(event.withBaseUrl(baseUrl())))
			.orElseGet(() -> moved(id, "/api/events/{id}"));
	}

	ResponseEntity<EventDetail> moved(String id, String path) {
		String live = this.query.aliasTarget(id).orElseThrow(() -> new NotFoundException("event", id));
		URI location = ServletUriComponentsBuilder.fromCurrentContextPath().path(path).buildAndExpand(live).toUri();
		return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY).location(location).build();
	}

	static String baseUrl() {
		return ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
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
