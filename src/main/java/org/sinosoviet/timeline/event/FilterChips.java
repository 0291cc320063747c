package org.sinosoviet.timeline.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.sinosoviet.timeline.source.SourceService;
import org.sinosoviet.timeline.source.SourceView;
import org.sinosoviet.timeline.taxonomy.NamedView;
import org.sinosoviet.timeline.taxonomy.PeriodView;
import org.sinosoviet.timeline.taxonomy.TaxonomyService;
import org.sinosoviet.timeline.taxonomy.ThemeView;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The active filters of a page as removable chips, each with the address of the same page
 * without it.
 */
final class FilterChips {

	static final List<String> PARAMETERS = List.of("period", "theme", "source", "actor", "place", "from", "to", "q",
			"disputed", "verdict", "importance", "sort");

	private FilterChips() {
	}

	/**
	 * The chips of a page's active filters.
	 * @param path the page's path
	 * @param parameters the request's parameters
	 * @param arrangement the overview's, which removing a filter keeps
	 * @param taxonomy the vocabularies, for the chips' labels
	 * @param sources the sources, for the chips' labels
	 * @return the chips, in a fixed order
	 */
	static List<Chip> of(String path, Map<String, String[]> parameters, Lanes arrangement, TaxonomyService taxonomy,
			SourceService sources) {
		MultiValueMap<String, String> active = active(parameters);
		List<Chip> chips = new ArrayList<>();
		active.forEach((name, values) -> {
			for (String value : values) {
				MultiValueMap<String, String> rest = new LinkedMultiValueMap<>();
				active.forEach((other, otherValues) -> otherValues.stream()
					.filter((otherValue) -> !(other.equals(name) && otherValue.equals(value)))
					.forEach((otherValue) -> rest.add(other, otherValue)));
				if (arrangement != Lanes.ONE) {
					rest.add("lanes", arrangement.id());
				}
				String remove = UriComponentsBuilder.fromPath(path).queryParams(rest).encode().build().toUriString();
				chips.add(new Chip(label(name, value, taxonomy, sources), remove));
			}
		});
		return chips;
	}

	/** The filter parameters that are set, in a fixed order, without blanks. */
	static MultiValueMap<String, String> active(Map<String, String[]> parameters) {
		MultiValueMap<String, String> active = new LinkedMultiValueMap<>();
		for (String name : PARAMETERS) {
			String[] values = parameters.get(name);
			if (values != null) {
				for (String value : values) {
					if (value != null && !value.isBlank() && !(name.equals("disputed") && value.equals("false"))
							&& !(name.equals("sort") && value.equals("date"))) {
						active.add(name, value.strip());
					}
				}
			}
		}
		return active;
	}

	private static String label(String name, String value, TaxonomyService taxonomy, SourceService sources) {
		return switch (name) {
			case "period" -> "Period: " + taxonomy.period(value).map(PeriodView::title).orElse(value);
			case "theme" -> "Theme: " + taxonomy.theme(value).map(ThemeView::title).orElse(value);
			case "source" -> "Citing: " + sources.source(value).map(SourceView::title).orElse(value);
			case "actor" -> "Actor: " + named(taxonomy.actor(value), value);
			case "place" -> "Place: " + named(taxonomy.place(value), value);
			case "from" -> "From " + value;
			case "to" -> "To " + value;
			case "q" -> "Text: “" + value + "”";
			case "disputed" -> "Disputed only";
			case "importance" -> "1".equals(value) ? "Key events only" : "Importance " + value + " or higher";
			case "verdict" -> "Verdict: " + Verdict.fromId(value).map(Verdict::label).orElse(value);
			case "sort" -> "Newest first";
			default -> name + ": " + value;
		};
	}

	private static String named(Optional<NamedView> named, String fallback) {
		return named.map(NamedView::name).orElse(fallback);
	}

	/**
	 * One active filter.
	 *
	 * @param label what it filters by, in words
	 * @param removeUrl the page without it
	 */
	record Chip(String label, String removeUrl) {

	}

}
