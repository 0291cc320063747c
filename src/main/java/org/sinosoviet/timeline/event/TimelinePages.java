package org.sinosoviet.timeline.event;

import java.util.Map;

import org.sinosoviet.timeline.event.Views.SchemeView;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Fills the model of any page that shows a timeline: the overview, the grouped list, the
 * filter form's choices and the active filters.
 */
@Component
class TimelinePages {

	private final TimelineQuery query;

	TimelinePages(TimelineQuery query) {
		this.query = query;
	}

	void timeline(Model model, TimelineFilter filter, String path, Map<String, String[]> parameters) {
		SchemeView scheme = defaultScheme();
		model.addAttribute("timeline", TimelineView.of(this.query.timeline(filter), scheme, this.query.themeIndex()));
		model.addAttribute("filter", filter);
		model.addAttribute("chips", FilterChips.of(path, parameters, this.query));
		model.addAttribute("schemes", this.query.schemes());
		model.addAttribute("themes", this.query.themes());
		model.addAttribute("sources", this.query.sources());
		model.addAttribute("actors", this.query.actors());
		model.addAttribute("places", this.query.places());
		model.addAttribute("themeTitles", this.query.themeIndex());
	}

	SchemeView defaultScheme() {
		return this.query.schemes()
			.stream()
			.filter(SchemeView::isDefault)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No default period scheme"));
	}

}
