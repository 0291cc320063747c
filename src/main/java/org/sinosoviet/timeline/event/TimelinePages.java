package org.sinosoviet.timeline.event;

import java.util.LinkedHashMap;
import java.util.Map;

import org.sinosoviet.timeline.source.SourceService;
import org.sinosoviet.timeline.taxonomy.TaxonomyService;
import org.sinosoviet.timeline.taxonomy.ThemeView;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Fills the model of any page that shows a timeline: the overview, the grouped list, the
 * filter form's choices and the active filters.
 */
@Component
class TimelinePages {

	/** The filter form offers the sources at least this many events cite. */
	static final int SOURCE_CHOICE_MIN_EVENTS = 3;

	private final EventService events;

	private final TaxonomyService taxonomy;

	private final SourceService sources;

	private final FilterOptions options;

	private final EventItems items;

	TimelinePages(EventService events, TaxonomyService taxonomy, SourceService sources, FilterOptions options,
			EventItems items) {
		this.events = events;
		this.taxonomy = taxonomy;
		this.sources = sources;
		this.options = options;
		this.items = items;
	}

	void timeline(Model model, TimelineFilter filter, String path, Map<String, String[]> parameters) {
		Map<String, ThemeView> themes = new LinkedHashMap<>();
		this.taxonomy.themes().forEach((theme) -> themes.put(theme.id(), theme));
		var scheme = this.taxonomy.schemes()
			.stream()
			.filter((candidate) -> candidate.isDefault())
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No default period scheme"));
		model.addAttribute("timeline", TimelineView.of(this.events.timeline(filter), scheme, themes, this.items::html));
		model.addAttribute("filter", filter);
		model.addAttribute("chips", FilterChips.of(path, parameters, this.taxonomy, this.sources));
		model.addAttribute("themes", themes.values());
		model.addAttribute("options", this.options.form(filter, SOURCE_CHOICE_MIN_EVENTS));
		model.addAttribute("sourceCount", this.sources.count());
	}

}
