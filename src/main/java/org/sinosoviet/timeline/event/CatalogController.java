package org.sinosoviet.timeline.event;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.sinosoviet.timeline.source.CitationView;
import org.sinosoviet.timeline.source.SourceService;
import org.sinosoviet.timeline.source.SourceView;
import org.sinosoviet.timeline.taxonomy.NameView;
import org.sinosoviet.timeline.taxonomy.TaxonomyService;
import org.sinosoviet.timeline.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The pages that show a record with the events filed under it: a period, theme, actor or
 * place with its part of the timeline, a source with every claim citing it, and every
 * dispute.
 */
@Controller
class CatalogController {

	private final EventService events;

	private final TaxonomyService taxonomy;

	private final SourceService sources;

	private final TimelinePages pages;

	CatalogController(EventService events, TaxonomyService taxonomy, SourceService sources, TimelinePages pages) {
		this.events = events;
		this.taxonomy = taxonomy;
		this.sources = sources;
		this.pages = pages;
	}

	@GetMapping("/periods/{id}")
	String period(@PathVariable String id, OverviewParameters overview, HttpServletRequest request, Model model) {
		var period = this.taxonomy.period(id).orElseThrow(() -> new NotFoundException("period", id));
		model.addAttribute("entry", new Entry("Period", period.title(), period.displayRange(), period.description(),
				List.of(), period.citations(), "period", id));
		return entry(model, request, filter("period", id), overview.arrangement());
	}

	@GetMapping("/themes/{id}")
	String theme(@PathVariable String id, OverviewParameters overview, HttpServletRequest request, Model model) {
		var theme = this.taxonomy.theme(id).orElseThrow(() -> new NotFoundException("theme", id));
		model.addAttribute("entry",
				new Entry("Theme", theme.title(), null, theme.description(), List.of(), List.of(), "theme", id));
		return entry(model, request, filter("theme", id), overview.arrangement());
	}

	@GetMapping("/actors/{id}")
	String actor(@PathVariable String id, OverviewParameters overview, HttpServletRequest request, Model model) {
		var actor = this.taxonomy.actor(id).orElseThrow(() -> new NotFoundException("actor", id));
		model.addAttribute("entry",
				new Entry("Actor", actor.name(), null, actor.description(), actor.names(), List.of(), "actor", id));
		return entry(model, request, filter("actor", id), overview.arrangement());
	}

	@GetMapping("/places/{id}")
	String place(@PathVariable String id, OverviewParameters overview, HttpServletRequest request, Model model) {
		var place = this.taxonomy.place(id).orElseThrow(() -> new NotFoundException("place", id));
		model.addAttribute("entry",
				new Entry("Place", place.name(), null, place.description(), place.names(), List.of(), "place", id));
		model.addAttribute("place", this.taxonomy.locations(List.of(id)).get(0));
		model.addAttribute("locator", LocatorMap.of(this.taxonomy.locations(List.of(id)), id));
		return entry(model, request, filter("place", id), overview.arrangement());
	}

	private String entry(Model model, HttpServletRequest request, TimelineFilter filter, Lanes arrangement) {
		this.pages.timeline(model, filter, arrangement, request.getRequestURI(), Map.of());
		return "catalog/entry";
	}

	private static TimelineFilter filter(String parameter, String id) {
		List<String> one = List.of(id);
		return new TimelineParameters(parameter.equals("period") ? id : null, parameter.equals("theme") ? one : null,
				null, parameter.equals("actor") ? one : null, parameter.equals("place") ? one : null, null, null, null,
				null, null, null, null)
			.filter();
	}

	@GetMapping("/sources/{id}")
	String source(@PathVariable String id, Model model) {
		SourceView source = this.sources.source(id).orElseThrow(() -> new NotFoundException("source", id));
		List<EventService.Citing> citing = this.events.citing(id);
		model.addAttribute("source", source);
		model.addAttribute("citing", citing);
		model.addAttribute("scorecard", source.founding() ? Scorecard.of(id, citing) : null);
		return "source/detail";
	}

	@GetMapping("/disputes")
	String disputes(Model model) {
		model.addAttribute("disputes", this.events.disputes());
		return "dispute/list";
	}

	@GetMapping("/about")
	String about(Model model) {
		model.addAttribute("events", this.events.count());
		model.addAttribute("sourceCount", this.sources.count());
		model.addAttribute("disputeCount", this.events.disputes().size());
		return "about";
	}

	/**
	 * What a catalog page describes.
	 *
	 * @param kind "Period", "Theme", "Actor" or "Place"
	 * @param title the title or name
	 * @param range the dates of a period
	 * @param description the description
	 * @param names other names, with their languages
	 * @param citations the sources of a period's boundaries
	 * @param parameter the filter parameter it corresponds to
	 * @param id its id
	 */
	record Entry(String kind, String title, String range, String description, List<NameView> names,
			List<CitationView> citations, String parameter, String id) {

	}

}
