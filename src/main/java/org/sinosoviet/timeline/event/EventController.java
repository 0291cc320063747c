package org.sinosoviet.timeline.event;

import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.sinosoviet.timeline.web.NotFoundException;
import org.sinosoviet.timeline.web.Representation;
import org.sinosoviet.timeline.web.SiteUrls;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;
import org.springframework.web.servlet.view.json.JacksonJsonView;
import tools.jackson.databind.json.JsonMapper;

/**
 * The timeline pages.
 */
@Controller
class EventController {

	private final TimelineQuery query;

	private final TimelinePages pages;

	private final JsonMapper json;

	private final SiteUrls urls;

	EventController(TimelineQuery query, TimelinePages pages, JsonMapper json, SiteUrls urls) {
		this.query = query;
		this.pages = pages;
		this.json = json;
		this.urls = urls;
	}

	@GetMapping("/")
	String timeline(@RequestParam(required = false) String period,
			@RequestParam(name = "theme", required = false) List<String> themes,
			@RequestParam(name = "source", required = false) List<String> sources,
			@RequestParam(name = "actor", required = false) List<String> actors,
			@RequestParam(name = "place", required = false) List<String> places,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String q, @RequestParam(required = false) String disputed,
			@RequestParam(required = false) String sort, HttpServletRequest request, Model model) {
		TimelineFilter filter = TimelineFilter.parse(period, themes, sources, actors, places, from, to, q, disputed,
				sort);
		this.pages.timeline(model, filter, "/", request.getParameterMap());
		model.addAttribute("query", request.getQueryString());
		return "event/list";
	}

	/**
	 * The permalink. People get the page; programs that prefer JSON get the same JSON as
	 * {@code /api/events/{id}}, so one link serves both.
	 */
	@GetMapping("/events/{id}")
	ModelAndView event(@PathVariable String id, @RequestHeader(name = "Accept", required = false) String accept)
			throws HttpMediaTypeNotAcceptableException {
		Representation representation = Representation.preferred(accept);
		if (this.query.event(id).isEmpty()) {
			String live = this.query.aliasTarget(id).orElseThrow(() -> new NotFoundException("event", id));
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
			return new ModelAndView(view, "event", this.query.event(id).get().withBaseUrl(this.urls.base()));
		}
		return new ModelAndView("event/detail", "event", this.query.event(id).get());
	}

}
