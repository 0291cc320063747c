package org.sinosoviet.timeline.event;

import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.sinosoviet.timeline.source.SourceService;
import org.sinosoviet.timeline.taxonomy.TaxonomyService;
import org.sinosoviet.timeline.web.QueryParameters;
import org.sinosoviet.timeline.web.SiteUrls;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The map of places, filtered like the timeline and with the timeline's parameters.
 */
@Controller
class PlaceMapController {

	private final EventService events;

	private final TaxonomyService taxonomy;

	private final SourceService sources;

	private final SiteUrls urls;

	PlaceMapController(EventService events, TaxonomyService taxonomy, SourceService sources, SiteUrls urls) {
		this.events = events;
		this.taxonomy = taxonomy;
		this.sources = sources;
		this.urls = urls;
	}

	@GetMapping("/places")
	String places(TimelineParameters parameters, HttpServletRequest request, Model model) {
		TimelineFilter filter = parameters.filter();
		Map<String, Integer> counts = this.events.countsByPlace(filter);
		// A place's events keep the other filters; its own place parameter replaces any.
		Map<String, String[]> others = new HashMap<>(request.getParameterMap());
		others.remove("place");
		String rest = QueryParameters.normalized(others);
		model.addAttribute("map",
				PlaceMap.of(this.taxonomy.locations(), counts, "/?" + (rest.isEmpty() ? "" : rest + "&") + "place="));
		model.addAttribute("query", QueryParameters.normalized(request));
		model.addAttribute("filter", filter);
		model.addAttribute("chips",
				FilterChips.of("/places", request.getParameterMap(), Lanes.ONE, this.taxonomy, this.sources));
		model.addAttribute("schemes", this.taxonomy.schemes());
		model.addAttribute("themes", this.taxonomy.themes());
		return "place/map";
	}

	/**
	 * The map as a standalone SVG file, with the same filters.
	 */
	@GetMapping(path = "/places/map.svg", produces = "image/svg+xml")
	ResponseEntity<String> download(TimelineParameters parameters, HttpServletRequest request) {
		PlaceMap map = PlaceMap.of(this.taxonomy.locations(), this.events.countsByPlace(parameters.filter()), "");
		String query = QueryParameters.normalized(request);
		String svg = SvgDrawings.map(map, "Places of Sino-Soviet relations, 1949–1976",
				"Sino-Soviet Timeline, " + this.urls.base() + "/places" + (query.isEmpty() ? "" : "?" + query)
						+ ". Outlines: Natural Earth (public domain), today's borders. Data CC BY 4.0.");
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"sino-soviet-places.svg\"")
			.body(svg);
	}

}
