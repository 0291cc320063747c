package org.sinosoviet.timeline.citation;

import jakarta.servlet.http.HttpServletRequest;

import org.sinosoviet.timeline.event.TimelineFilter;
import org.sinosoviet.timeline.event.TimelineParameters;
import org.sinosoviet.timeline.web.QueryParameters;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * A printable sheet of the key dates of any timeline view, for revision.
 */
@Controller
class KeyDatesController {

	private final Exports exports;

	KeyDatesController(Exports exports) {
		this.exports = exports;
	}

	@GetMapping("/export/key-dates")
	String keyDates(TimelineParameters parameters, HttpServletRequest request, Model model) {
		TimelineFilter filter = parameters.filter();
		model.addAttribute("events", this.exports.summaries(filter));
		model.addAttribute("filtered", filter.isFiltered());
		model.addAttribute("query", QueryParameters.normalized(request));
		return "citation/key-dates";
	}

}
