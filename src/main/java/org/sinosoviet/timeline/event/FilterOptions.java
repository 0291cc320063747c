package org.sinosoviet.timeline.event;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.unbescape.html.HtmlEscape;

import org.sinosoviet.timeline.source.SourceService;
import org.sinosoviet.timeline.source.SourceView;
import org.sinosoviet.timeline.taxonomy.NamedView;
import org.sinosoviet.timeline.taxonomy.TaxonomyService;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

/**
 * The filter form's long lists (periods, sources, actors, places) as {@code <option>}
 * markup, each option escaped once: some two hundred options were most of a filtered
 * page's template work, yet only which of them are selected changes from one request to
 * the next. The markup is exactly what the template wrote for them before.
 */
@Component
class FilterOptions {

	private final SourceService sources;

	private final SingletonSupplier<Lists> lists;

	FilterOptions(TaxonomyService taxonomy, SourceService sources) {
		this.sources = sources;
		this.lists = SingletonSupplier.of(() -> new Lists(taxonomy.schemes().stream().map((scheme) -> {
			Map<String, Option> periods = new LinkedHashMap<>();
			scheme.periods()
				.forEach((period) -> periods.put(period.id(),
						new Option(period.id(), period.title() + " (" + period.displayRange() + ")")));
			return new Group(scheme.title(), periods);
		}).toList(), options(sources.sources()), names(taxonomy.actors()), names(taxonomy.places())));
	}

	private static Map<String, Option> options(List<SourceView> sources) {
		Map<String, Option> options = new LinkedHashMap<>();
		sources.forEach((source) -> options.put(source.id(), new Option(source.id(), source.title())));
		return options;
	}

	private static Map<String, Option> names(List<NamedView> records) {
		Map<String, Option> options = new LinkedHashMap<>();
		records.forEach((record) -> options.put(record.id(), new Option(record.id(), record.name())));
		return options;
	}

	/**
	 * The options for one request's form.
	 * @param filter the filter, whose choices are selected
	 * @param minEvents sources offered are those at least this many events cite, the
	 * founding documents and any already chosen
	 * @return the markup of each list
	 */
	Form form(TimelineFilter filter, int minEvents) {
		Lists lists = this.lists.obtain();
		StringBuilder periods = new StringBuilder();
		for (Group group : lists.periods()) {
			periods.append("<optgroup label=\"").append(escape(group.label())).append("\">");
			append(periods, group.options().values(), (id) -> id.equals(filter.period()));
			periods.append("</optgroup>");
		}
		List<SourceView> offered = this.sources.choices(minEvents, filter.sources());
		StringBuilder founding = new StringBuilder();
		StringBuilder cited = new StringBuilder();
		for (SourceView source : offered) {
			Option option = lists.sources().get(source.id());
			(source.founding() ? founding : cited).append(option.html(filter.sources().contains(source.id())));
		}
		StringBuilder actors = new StringBuilder();
		append(actors, lists.actors().values(), filter.actors()::contains);
		StringBuilder places = new StringBuilder();
		append(places, lists.places().values(), filter.places()::contains);
		return new Form(periods.toString(), founding.toString(), cited.toString(), actors.toString(),
				places.toString());
	}

	private static void append(StringBuilder html, Collection<Option> options, Predicate<String> selected) {
		options.forEach((option) -> html.append(option.html(selected.test(option.value()))));
	}

	private static String escape(String text) {
		return HtmlEscape.escapeHtml4Xml(text);
	}

	/**
	 * The markup of the form's lists, written unescaped by inlining ({@code [(...)]}: see
	 * {@code fragments/timeline.html}).
	 *
	 * @param periods the periods, in one group per scheme
	 * @param foundingSources the founding documents
	 * @param citedSources the other sources offered
	 * @param actors the actors
	 * @param places the places
	 */
	record Form(String periods, String foundingSources, String citedSources, String actors, String places) {

	}

	private record Lists(List<Group> periods, Map<String, Option> sources, Map<String, Option> actors,
			Map<String, Option> places) {

	}

	private record Group(String label, Map<String, Option> options) {

	}

	/** One option, escaped once, as it reads selected and not. */
	private record Option(String value, String plain, String selected) {

		Option(String value, String text) {
			this(value, "<option value=\"" + escape(value) + "\">" + escape(text) + "</option>",
					"<option value=\"" + escape(value) + "\" selected=\"selected\">" + escape(text) + "</option>");
		}

		String html(boolean isSelected) {
			return isSelected ? this.selected : this.plain;
		}

	}

}
