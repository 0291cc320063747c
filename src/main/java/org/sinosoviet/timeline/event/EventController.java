package org.sinosoviet.timeline.event;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.sinosoviet.timeline.taxonomy.TaxonomyService;
import org.sinosoviet.timeline.web.NotFoundException;
import org.sinosoviet.timeline.web.Representation;
import org.sinosoviet.timeline.web.SiteUrls;
import org.sinosoviet.timeline.web.QueryParameters;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;
import org.springframework.web.servlet.view.json.JacksonJsonView;
import tools.jackson.databind.json.JsonMapper;

/**
 * The timeline page and each event's permalink.
 */
@Controller
class EventController {

	private final EventService events;

	private final TimelinePages pages;

	private final JsonMapper json;

	private final SiteUrls urls;

	private final TaxonomyService taxonomy;

	EventController(EventService events, TimelinePages pages, JsonMapper json, SiteUrls urls,
			TaxonomyService taxonomy) {
		this.events = events;
		this.pages = pages;
		this.json = json;
		this.urls = urls;
		this.taxonomy = taxonomy;
	}

	@GetMapping("/")
	String timeline(TimelineParameters parameters, OverviewParameters overview, HttpServletRequest request,
			Model model) {
		this.pages.timeline(model, parameters.filter(), overview.arrangement(), "/", request.getParameterMap());
		// The downloads' filters: only the overview's drawing takes the lanes.
		Map<String, String[]> filters = new HashMap<>(request.getParameterMap());
		filters.remove("lanes");
		model.addAttribute("query", QueryParameters.normalized(filters));
		return "event/list";
	}

	/**
	 * The overview as a standalone SVG file, with the timeline's filters, in one band or
	 * in lanes by theme.
	 */
	@GetMapping(path = "/overview.svg", produces = "image/svg+xml")
	ResponseEntity<String> overview(TimelineParameters parameters, OverviewParameters overview,
			HttpServletRequest request) {
		TimelineView view = this.pages.view(parameters.filter(), overview.arrangement());
		String query = QueryParameters.normalized(request);
		String svg = SvgDrawings.overview(view.overview(), "Sino-Soviet Timeline, " + view.overview().span(),
				"Sino-Soviet Timeline, " + this.urls.base() + "/" + (query.isEmpty() ? "" : "?" + query)
						+ " (data CC BY 4.0)");
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"sino-soviet-overview.svg\"")
			.body(svg);
	}

	/**
	 * The permalink. People get the page; programs that prefer JSON get the same JSON as
	 * {@code /api/events/{id}}, so one link serves both.
	 */
	@GetMapping("/events/{id}")
	ModelAndView event(@PathVariable String id, @RequestHeader(name = "Accept", required = false) String accept)
			throws HttpMediaTypeNotAcceptableException {
		Representation representation = Representation.preferred(accept);
		EventDetail event = this.events.event(id).orElse(null);
		if (event == null) {
			String live = this.events.aliasTarget(id).orElseThrow(() -> new NotFoundException("event", id));
			RedirectView redirect = new RedirectView("/events/" + live, true);
			redirect.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
			return new ModelAndView(redirect);
		}
		if (representation == Representation.JSON) {
			JacksonJsonView view = new JacksonJsonView(this.json);
			// Only the event: model attributes added for pages (canonical URL, ...) stay
			// out.
			view.setModelKeys(Set.of("event"));
			view.setExtractValueFromSingleKeyModel(true);
			return new ModelAndView(view, "event", event.withBaseUrl(this.urls.base()));
		}
		ModelAndView page = new ModelAndView("event/detail", "event", event);
		page.addObject("locator",
				LocatorMap.of(this.taxonomy.locations(event.places().stream().map((place) -> place.id()).toList())));
		return page;
	}

}
