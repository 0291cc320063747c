package org.sinosoviet.timeline.event;

import java.util.List;

import org.sinosoviet.timeline.event.Views.DisputeView;
import org.sinosoviet.timeline.event.Views.NamedView;
import org.sinosoviet.timeline.event.Views.SchemeView;
import org.sinosoviet.timeline.event.Views.SourceView;
import org.sinosoviet.timeline.event.Views.ThemeView;
import org.sinosoviet.timeline.web.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The vocabularies and sources as JSON, each with how many events use it, and every place
 * where sources disagree.
 */
@RestController
class CatalogApiController {

	private final TimelineQuery query;

	CatalogApiController(TimelineQuery query) {
		this.query = query;
	}

	@GetMapping("/api/sources")
	List<SourceView> sources() {
		return this.query.sources();
	}

	@GetMapping("/api/sources/{id}")
	SourceView source(@PathVariable String id) {
		return this.query.source(id).orElseThrow(() -> new NotFoundException("source", id));
	}

	@GetMapping("/api/periods")
	List<SchemeView> periods() {
		return this.query.schemes();
	}

	@GetMapping("/api/themes")
	List<ThemeView> themes() {
		return this.query.themes();
	}

	@GetMapping("/api/actors")
	List<NamedView> actors() {
		return this.query.actors();
	}

	@GetMapping("/api/places")
	List<NamedView> places() {
		return this.query.places();
	}

	@GetMapping("/api/disputes")
	List<DisputeView> disputes() {
		return this.query.disputes();
	}

}
