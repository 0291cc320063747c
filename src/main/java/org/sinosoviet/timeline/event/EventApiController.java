package org.sinosoviet.timeline.event;

import java.net.URI;
import java.util.List;

import org.sinosoviet.timeline.web.DayParameter;
import org.sinosoviet.timeline.web.InvalidParameterException;
import org.sinosoviet.timeline.web.NotFoundException;
import org.springframework.data.web.PagedModel;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The timeline as JSON, with the same filters as the pages.
 */
@RestController
@RequestMapping("/api/events")
class EventApiController {

	static final int MAX_SIZE = 500;

	private final TimelineQuery query;

	EventApiController(TimelineQuery query) {
		this.query = query;
	}

	@GetMapping
	PagedModel<EventSummary> events(@RequestParam(required = false) String period,
			@RequestParam(name = "theme", required = false) List<String> themes,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		if (page < 0) {
			throw new InvalidParameterException("page", String.valueOf(page), "a page number from 0");
		}
		if (size < 1 || size > MAX_SIZE) {
			throw new InvalidParameterException("size", String.valueOf(size), "a page size from 1 to " + MAX_SIZE);
		}
		TimelineFilter filter = new TimelineFilter(period, themes, DayParameter.from(from), DayParameter.to(to));
		String base = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
		return new PagedModel<>(this.query.events(filter, page, size).map((event) -> event.withBaseUrl(base)));
	}

	@GetMapping("/{id}")
	ResponseEntity<EventDetail> event(@PathVariable String id) {
		return this.query.event(id).map(ResponseEntity::ok).orElseGet(() -> {
			String live = this.query.aliasTarget(id).orElseThrow(() -> new NotFoundException("event", id));
			URI location = ServletUriComponentsBuilder.fromCurrentContextPath()
				.path("/api/events/{id}")
				.buildAndExpand(live)
				.toUri();
			return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY).location(location).build();
		});
	}

}
