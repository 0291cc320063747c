package org.sinosoviet.timeline.event;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.sinosoviet.timeline.source.SourceService;
import org.sinosoviet.timeline.taxonomy.PeriodView;
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

	/**
	 * The overview zooms to the period or the years a filter asks for, within the story's
	 * years and at least a year wide (so a day or a month still draws as a readable
	 * span); otherwise it shows them all.
	 */
	private LocalDate first(TimelineFilter filter) {
		LocalDate first = (filter.period() != null)
				? this.taxonomy.period(filter.period()).map(PeriodView::firstDay).orElse(null) : filter.from();
		return clamp(first, TimelineView.FIRST, TimelineView.END.minusYears(1), TimelineView.FIRST);
	}

	private LocalDate end(TimelineFilter filter, LocalDate first) {
		LocalDate last = (filter.period() != null)
				? this.taxonomy.period(filter.period()).map(PeriodView::lastDay).orElse(null) : filter.to();
		return clamp((last != null) ? last.plusDays(1) : null, first.plusYears(1), TimelineView.END, TimelineView.END);
	}

	private static LocalDate clamp(LocalDate day, LocalDate min, LocalDate max, LocalDate otherwise) {
		if (day == null) {
			return otherwise;
		}
		return day.isBefore(min) ? min : day.isAfter(max) ? max : day;
	}

	/**
	 * The timeline a filter asks for, its overview zoomed to the filter's period or
	 * years, in one band or in lanes by theme.
	 * @param filter the filter
	 * @param arrangement one band or lanes by theme
	 * @return the view
	 */
	TimelineView view(TimelineFilter filter, Lanes arrangement) {
		Map<String, ThemeView> themes = themes();
		var scheme = this.taxonomy.schemes()
			.stream()
			.filter((candidate) -> candidate.isDefault())
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No default period scheme"));
		LocalDate first = first(filter);
		return TimelineView.of(this.events.timeline(filter), scheme, themes, this.items::html, first,
				end(filter, first), arrangement);
	}

	private Map<String, ThemeView> themes() {
		Map<String, ThemeView> themes = new LinkedHashMap<>();
		this.taxonomy.themes().forEach((theme) -> themes.put(theme.id(), theme));
		return themes;
	}

	/**
	 * Fills the model of a page with a timeline.
	 * @param model the model
	 * @param filter the filter
	 * @param arrangement one band or lanes by theme
	 * @param path the page's path
	 * @param parameters the filter parameters the page's links carry (none on a catalog
	 * page, whose filter is its path)
	 */
	void timeline(Model model, TimelineFilter filter, Lanes arrangement, String path,
			Map<String, String[]> parameters) {
		Map<String, ThemeView> themes = themes();
		model.addAttribute("timeline", view(filter, arrangement));
		model.addAttribute("filter", filter);
		model.addAttribute("chips", FilterChips.of(path, parameters, arrangement, this.taxonomy, this.sources));
		model.addAttribute("lanes", LaneSwitch.of(path, parameters, arrangement));
		model.addAttribute("themes", themes.values());
		model.addAttribute("options", this.options.form(filter, SOURCE_CHOICE_MIN_EVENTS));
		model.addAttribute("sourceCount", this.sources.count());
	}

}
