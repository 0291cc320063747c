package org.sinosoviet.timeline.event;

import org.sinosoviet.timeline.web.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * The timeline pages.
 */
@Controller
class EventController {

	private final TimelineQuery query;

	EventController(TimelineQuery query) {
		this.query = query;
	}

	@GetMapping("/")
	String timeline(Model model) {
		model.addAttribute("events", this.query.timeline(TimelineFilter.all()));
		return "event/list";
	}

	@GetMapping("/events/{id}")
	ModelAndView event(@PathVariable String id) {
		return this.query.event(id).map((event) -> new ModelAndView("event/detail", "event", event)).orElseGet(() -> {
			String live = this.query.aliasTarget(id).orElseThrow(() -> new NotFoundException("event", id));
			RedirectView redirect = new RedirectView("/events/" + live, true);
			redirect.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
			return new ModelAndView(redirect);
		});
	}

}
