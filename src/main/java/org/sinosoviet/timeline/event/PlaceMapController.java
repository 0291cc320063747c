package org.sinosoviet.timeline.event;

import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.sinosoviet.timeline.source.SourceService;
import org.sinosoviet.timeline.taxonomy.TaxonomyService;
import org.sinosoviet.timeline.web.QueryParameters;
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

	PlaceMapController(EventService events, TaxonomyService taxonomy, SourceService sources) {
		this.events = events;
		this.taxonomy = taxonomy;
		this.sources = sources;
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
		model.addAttribute("filter", filter);
		model.addAttribute("chips", FilterChips.of("/places", request.getParameterMap(), this.taxonomy, this.sources));
		model.addAttribute("schemes", this.taxonomy.schemes());
		model.addAttribute("themes", this.taxonomy.themes());
		return "place/map";
	}

}
