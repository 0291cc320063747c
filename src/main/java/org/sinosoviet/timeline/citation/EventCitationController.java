package org.sinosoviet.timeline.citation;

import java.net.URI;
import java.util.function.Function;

import org.sinosoviet.timeline.event.EventDetail;
import org.sinosoviet.timeline.event.EventService;
import org.sinosoviet.timeline.web.NotFoundException;
import org.sinosoviet.timeline.web.SiteUrls;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * An event's entry as a file for reference managers: BibTeX, RIS and CSL-JSON. The
 * patterns with a suffix are more specific than the page's {@code /events/{id}}, so they
 * win for those addresses and leave every other address to the page.
 */
@RestController
class EventCitationController {

	private final EventService events;

	private final CitationFormats formats;

	private final JsonMapper json;

	private final SiteUrls urls;

	EventCitationController(EventService events, CitationFormats formats, JsonMapper json, SiteUrls urls) {
		this.events = events;
		this.formats = formats;
		this.json = json;
		this.urls = urls;
	}

	@GetMapping("/events/{id}.bib")
	ResponseEntity<String> bibtex(@PathVariable String id) {
		return respond(id, ".bib",
				(event) -> Downloads.file(Bibtex.entry(this.formats.work(event)), Downloads.BIBTEX, id + ".bib", true));
	}

	@GetMapping("/events/{id}.ris")
	ResponseEntity<String> ris(@PathVariable String id) {
		return respond(id, ".ris",
				(event) -> Downloads.file(Ris.record(this.formats.work(event)), Downloads.RIS, id + ".ris", true));
	}

	@GetMapping("/events/{id}.json")
	ResponseEntity<String> cslJson(@PathVariable String id) {
		return respond(id, ".json", this::csl);
	}

	@GetMapping(path = "/events/{id}", params = "format=csl")
	ResponseEntity<String> cslJsonByParameter(@PathVariable String id) {
		return respond(id, "?format=csl", this::csl);
	}

	private ResponseEntity<String> csl(EventDetail event) {
		// A CSL-JSON document is an array of items.
		String body = this.json.writerWithDefaultPrettyPrinter()
			.writeValueAsString(java.util.List.of(CslJson.item(this.formats.work(event))));
		return Downloads.file(body, Downloads.CSL_JSON, event.id() + ".json", false);
	}

	private ResponseEntity<String> respond(String id, String suffix,
			Function<EventDetail, ResponseEntity<String>> body) {
		return this.events.event(id).map(body).orElseGet(() -> {
			String live = this.events.aliasTarget(id).orElseThrow(() -> new NotFoundException("event", id));
			URI location = URI.create(this.urls.absolute("/events/" + live + suffix));
			return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY).location(location).build();
		});
	}

}
