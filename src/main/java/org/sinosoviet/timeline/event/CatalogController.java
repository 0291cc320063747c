package org.sinosoviet.timeline.event;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.sinosoviet.timeline.event.Views.SourceView;
import org.sinosoviet.timeline.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The pages for periods, themes, actors, places, sources and disputes: each with a
 * description and the part of the timeline it covers.
 */
@Controller
class CatalogController {

	private final TimelineQuery query;

	private final TimelinePages pages;

	CatalogController(TimelineQuery query, TimelinePages pages) {
		this.query = query;
		this.pages = pages;
	}

	@GetMapping("/periods/{id}")
	String period(@PathVariable String id, HttpServletRequest request, Model model) {
		var period = this.query.period(id).orElseThrow(() -> new NotFoundException("period", id));
		model.addAttribute("entry", new Entry("Period", period.title(), period.displayRange(), period.description(),
				List.of(), period.citations(), "period", id));
		return entry(model, request, filter("period", id));
	}

	@GetMapping("/themes/{id}")
	String theme(@PathVariable String id, HttpServletRequest request, Model model) {
		var theme = this.query.theme(id).orElseThrow(() -> new NotFoundException("theme", id));
		model.addAttribute("entry",
				new Entry("Theme", theme.title(), null, theme.description(), List.of(), List.of(), "theme", id));
		return entry(model, request, filter("theme", id));
	}

	@GetMapping("/actors/{id}")
	String actor(@PathVariable String id, HttpServletRequest request, Model model) {
		var actor = this.query.actor(id).orElseThrow(() -> new NotFoundException("actor", id));
		model.addAttribute("entry",
				new Entry("Actor", actor.name(), null, actor.description(), actor.names(), List.of(), "actor", id));
		return entry(model, request, filter("actor", id));
	}

	@GetMapping("/places/{id}")
	String place(@PathVariable String id, HttpServletRequest request, Model model) {
		var place = this.query.place(id).orElseThrow(() -> new NotFoundException("place", id));
		model.addAttribute("entry",
				new Entry("Place", place.name(), null, place.description(), place.names(), List.of(), "place", id));
		return entry(model, request, filter("place", id));
	}

	private String entry(Model model, HttpServletRequest request, TimelineFilter filter) {
		this.pages.timeline(model, filter, request.getRequestURI(), Map.of());
		return "catalog/entry";
	}

	private static TimelineFilter filter(String parameter, String id) {
		List<String> one = List.of(id);
		return TimelineFilter.parse(parameter.equals("period") ? id : null, parameter.equals("theme") ? one : null,
				null, parameter.equals("actor") ? one : null, parameter.equals("place") ? one : null, null, null, null,
				null, null);
	}

	@GetMapping("/sources")
	String sources(Model model) {
		Map<String, List<SourceView>> byType = new LinkedHashMap<>();
		this.query.sources()
			.forEach((source) -> byType.computeIfAbsent(source.typeTitle(), (type) -> new java.util.ArrayList<>())
				.add(source));
		model.addAttribute("sourcesByType", byType);
		model.addAttribute("count", this.query.sources().size());
		return "source/list";
	}

	@GetMapping("/sources/{id}")
	String source(@PathVariable String id, Model model) {
		SourceView source = this.query.source(id).orElseThrow(() -> new NotFoundException("source", id));
		model.addAttribute("source", source);
		model.addAttribute("citing", this.query.citing(id));
		return "source/detail";
	}

	@GetMapping("/disputes")
	String disputes(Model model) {
		model.addAttribute("disputes", this.query.disputes());
		return "dispute/list";
	}

	@GetMapping("/about")
	String about(Model model) {
		model.addAttribute("events", this.query.timeline(TimelineFilter.all()).size());
		model.addAttribute("sourceCount", this.query.sources().size());
		model.addAttribute("disputeCount", this.query.disputes().size());
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
	record Entry(String kind, String title, String range, String description, List<Views.NameView> names,
			List<Views.CitationView> citations, String parameter, String id) {

	}

}
