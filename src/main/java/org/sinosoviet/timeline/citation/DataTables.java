package org.sinosoviet.timeline.citation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.sinosoviet.timeline.event.ClaimRank;
import org.sinosoviet.timeline.event.EventDetail;
import org.sinosoviet.timeline.event.EventService;
import org.sinosoviet.timeline.event.TimelineFilter;
import org.sinosoviet.timeline.event.Verdict;
import org.sinosoviet.timeline.event.Views.ClaimView;
import org.sinosoviet.timeline.event.Views.EventRef;
import org.sinosoviet.timeline.event.Views.Ref;
import org.sinosoviet.timeline.source.CitationView;
import org.sinosoviet.timeline.source.SourceService;
import org.sinosoviet.timeline.source.SourceType;
import org.sinosoviet.timeline.source.SourceView;
import org.sinosoviet.timeline.taxonomy.NameView;
import org.sinosoviet.timeline.taxonomy.NamedView;
import org.sinosoviet.timeline.taxonomy.PeriodView;
import org.sinosoviet.timeline.taxonomy.SchemeView;
import org.sinosoviet.timeline.taxonomy.TaxonomyService;
import org.sinosoviet.timeline.taxonomy.ThemeView;
import org.sinosoviet.timeline.web.SiteUrls;
import org.springframework.stereotype.Component;

/**
 * The dataset as related CSV tables, each described by a Frictionless Table Schema: the
 * header and the schema come from the same field list, so they cannot drift apart.
 */
@Component
class DataTables {

	/** The columns of {@code /export/events.csv}, which spreadsheets already read. */
	static final List<Field> EVENT_FIELDS = List.of(Field.id("The permalink id"),
			Field.text("title", "The title").require(),
			Field.text("date", "The EDTF date, e.g. 1969-03-02, 1958-08, 1958~ or 1950-10-19/1953-07-27").require(),
			Field.date("start", "The earliest day the date can mean").require(),
			Field.date("end", "The latest day the date can mean").require(),
			Field.text("precision", "How precisely the date is known")
				.require()
				.values(Arrays.stream(org.sinosoviet.timeline.date.DatePrecision.values())
					.map(org.sinosoviet.timeline.date.DatePrecision::label)
					.toList()),
			Field.text("display_date", "The date for readers, e.g. 2 March 1969").require(),
			Field.bool("approximate", "Whether the date is approximate (EDTF ~)"),
			Field.bool("uncertain", "Whether the date is uncertain (EDTF ?)"),
			Field.bool("context", "Whether it is background outside 1949-1976"),
			Field.bool("disputed", "Whether sources disagree about it (see the claims' dispute keys)"),
			Field.text("period", "The title of its period in the default scheme (its id is period_id)").require(),
			Field.text("themes", "The titles of its themes, joined by \"; \" (see event-themes)"),
			Field.text("actors", "The names of its actors, joined by \"; \" (see event-actors)"),
			Field.text("places", "The names of its places, joined by \"; \" (see event-places)"),
			Field.text("summary", "One to three sentences, in the project's words").require(),
			Field.text("significance", "Why it mattered for Sino-Soviet relations"),
			Field.text("claims",
					"Its claims, one a line: \"id [rank: reason]: text (source, locator; ...)\" (see claims and citations)"),
			Field.text("sources", "The ids of the sources its claims cite, joined by \"; \" (see citations)"),
			Field.url("permalink", "The event's permanent address").require(),
			Field.text("period_id", "Its period in the default scheme").require(),
			Field.integer("importance", "1: a turning point; 2: significant; 3: detail or background")
				.require()
				.values(List.of("1", "2", "3")));

	private final EventService events;

	private final SourceService sources;

	private final TaxonomyService taxonomy;

	private final CitationFormats formats;

	private final SiteUrls urls;

	private final Map<String, Table> tables = new LinkedHashMap<>();

	DataTables(EventService events, SourceService sources, TaxonomyService taxonomy, CitationFormats formats,
			SiteUrls urls) {
		this.events = events;
		this.sources = sources;
		this.taxonomy = taxonomy;
		this.formats = formats;
		this.urls = urls;
		define();
	}

	/** The tables, in the order the descriptor lists them. */
	List<Table> tables() {
		return List.copyOf(this.tables.values());
	}

	Optional<Table> table(String name) {
		return Optional.ofNullable(this.tables.get(name));
	}

	/**
	 * The Frictionless Data Package descriptor (profile tabular-data-package): the
	 * package's licence and sources, and each table with its address and Table Schema.
	 */
	Map<String, Object> descriptor() {
		Map<String, Object> descriptor = new LinkedHashMap<>();
		descriptor.put("profile", "tabular-data-package");
		descriptor.put("name", "sino-soviet-timeline");
		descriptor.put("id", this.urls.absolute("/export/datapackage.json"));
		descriptor.put("title", Work.SITE);
		descriptor.put("description", "Relations between the People's Republic of China and the Soviet Union, "
				+ "1949-1976, as a source-backed timeline: events, the claims made about them and the citations "
				+ "supporting each claim, the sources, the periods, themes, actors and places, and the tables that "
				+ "link them. Where sources disagree, each version is a claim of its own.");
		descriptor.put("homepage", this.urls.absolute("/"));
		descriptor.put("keywords", List.of("China", "Soviet Union", "Sino-Soviet split", "Cold War", "timeline"));
		Map<String, Object> license = new LinkedHashMap<>();
		license.put("name", "CC-BY-4.0");
		license.put("title", "Creative Commons Attribution 4.0");
		license.put("path", "https://creativecommons.org/licenses/by/4.0/");
		descriptor.put("licenses", List.of(license));
		Map<String, Object> bibliography = new LinkedHashMap<>();
		bibliography.put("title", "The bibliography of every source cited (table sources; also as CSL-JSON)");
		bibliography.put("path", this.urls.absolute("/export/sources.json"));
		descriptor.put("sources", List.of(bibliography));
		descriptor.put("resources", this.tables.values().stream().map(this::resource).toList());
		return descriptor;
	}

	private Map<String, Object> resource(Table table) {
		Map<String, Object> resource = new LinkedHashMap<>();
		resource.put("name", table.name());
		resource.put("path", this.urls.absolute(table.path()));
		resource.put("profile", "tabular-data-resource");
		resource.put("title", table.title());
		resource.put("description", table.description());
		resource.put("format", "csv");
		resource.put("mediatype", "text/csv");
		resource.put("encoding", "utf-8");
		// Said outright, so that no reader guesses the delimiter from a sample.
		Map<String, Object> dialect = new LinkedHashMap<>();
		dialect.put("delimiter", ",");
		dialect.put("lineTerminator", "\r\n");
		dialect.put("quoteChar", "\"");
		dialect.put("doubleQuote", true);
		dialect.put("header", true);
		resource.put("dialect", dialect);
		Map<String, Object> schema = new LinkedHashMap<>();
		schema.put("fields", table.fields().stream().map(DataTables::field).toList());
		// Our CSV writes a missing value as an empty cell.
		schema.put("missingValues", List.of(""));
		schema.put("primaryKey", table.primaryKey());
		if (!table.foreignKeys().isEmpty()) {
			schema.put("foreignKeys",
					table.foreignKeys()
						.stream()
						.map((key) -> Map.of("fields", key.fields(), "reference",
								Map.of("resource", key.resource(), "fields", key.reference())))
						.toList());
		}
		resource.put("schema", schema);
		return resource;
	}

	private static Map<String, Object> field(Field field) {
		Map<String, Object> descriptor = new LinkedHashMap<>();
		descriptor.put("name", field.name());
		descriptor.put("type", field.type());
		if (field.format() != null) {
			descriptor.put("format", field.format());
		}
		descriptor.put("description", field.description());
		Map<String, Object> constraints = new LinkedHashMap<>();
		if (field.required()) {
			constraints.put("required", true);
		}
		if (!field.values().isEmpty()) {
			// An enum holds values of the field's type.
			constraints.put("enum", field.type().equals("integer")
					? field.values().stream().map(Integer::valueOf).toList() : field.values());
		}
		if (!constraints.isEmpty()) {
			descriptor.put("constraints", constraints);
		}
		return descriptor;
	}

	/** A table as RFC 4180 CSV with a header line of its field names. */
	String csv(Table table) {
		return csv(table.fields(), table.rows().get());
	}

	/** The rows of {@code events.csv} for the events of a view. */
	String eventsCsv(List<EventDetail> events) {
		return csv(EVENT_FIELDS, events.stream().map(this::eventRow).toList());
	}

	private static String csv(List<Field> fields, List<List<String>> rows) {
		Csv csv = new Csv().row(fields.stream().map(Field::name).toList());
		rows.forEach(csv::row);
		return csv.toString();
	}

	private void define() {
		Set<String> sourceTypes = Arrays.stream(SourceType.values())
			.map(SourceType::id)
			.collect(Collectors.toCollection(LinkedHashSet::new));
		add(new Table("events", "Events",
				"One row per event, with its lists flattened for spreadsheets; the link tables hold them one per row.",
				EVENT_FIELDS, List.of("id"), List.of(new ForeignKey(List.of("period_id"), "periods", List.of("id"))),
				() -> allEvents().stream().map(this::eventRow).toList()));
		add(new Table("claims", "Claims",
				"Every claim: one statement about an event that sources support. Where sources disagree, each version is "
						+ "its own claim, with the same dispute key.",
				List.of(Field.text("event", "The event's id").require(),
						Field.text("id", "The claim's id, stable within its event").require(),
						Field.integer("position", "Its place in the event's curated order, from 1").require(),
						Field.text("text", "The statement, in the project's words").require(),
						Field.text("rank", "How it ranks against competing claims")
							.require()
							.values(Arrays.stream(ClaimRank.values()).map(ClaimRank::id).toList()),
						Field.text("reason", "Why it is preferred or deprecated"),
						Field.text("dispute", "The key shared by the competing claims of this event"),
						Field.text("verdict", "How a founding document's statement stands; empty for other claims")
							.values(Arrays.stream(Verdict.values()).map(Verdict::id).toList()),
						Field.url("permalink", "The claim's address: the event's permalink with #claim-{id}")
							.require()),
				List.of("event", "id"), List.of(new ForeignKey(List.of("event"), "events", List.of("id"))),
				this::claimRows));
		add(new Table("citations", "Citations", "Every citation of a claim: which source supports it, and where.",
				List.of(Field.text("event", "The event's id").require(),
						Field.text("claim", "The claim's id within the event").require(),
						Field.integer("position", "Its place among the claim's citations, from 1").require(),
						Field.text("source", "The source's id").require(),
						Field.text("locator", "Where in the source: a page, section or card")),
				List.of("event", "claim", "position"),
				List.of(new ForeignKey(List.of("event", "claim"), "claims", List.of("event", "id")),
						new ForeignKey(List.of("source"), "sources", List.of("id"))),
				this::citationRows));
		add(new Table("sources", "Sources", "The bibliography: every source a claim or a period cites.", List.of(
				Field.id("The source's id"), Field.text("type", "Its kind").require().values(sourceTypes),
				Field.text("title", "The title as the source gives it").require(),
				Field.text("authors", "The authors (\"Family, Given\" or an organisation), joined by \"; \""),
				Field.text("container", "The journal, book, encyclopedia or web site it appears in"),
				Field.text("publisher", "The publisher"), Field.text("volume", "The volume"),
				Field.text("issue", "The issue"), Field.text("pages", "The pages, e.g. 155-159"),
				Field.text("date", "The EDTF publication date"),
				// Not format uri: tableschema-js rejects a host with a trailing dot
				// (history.state.gov.), which two recorded addresses carry, legal as it
				// is.
				Field.text("url", "The address it was read at"), Field.text("doi", "The DOI, without https://doi.org/"),
				Field.text("isbn", "The ISBN"), Field.date("accessed", "The day it was read at its url"),
				Field.text("reliability", "How far to trust it, and its known errors"),
				Field.bool("founding",
						"Whether it is one of the founding documents (revision material), whose every statement carries a verdict"),
				Field.url("permalink", "The source's page on this site").require()), List.of("id"), List.of(),
				this::sourceRows));
		add(new Table("period-schemes", "Period schemes",
				"Ways of dividing the story into periods; events are filed under the default scheme's periods.",
				List.of(Field.id("The scheme's id"), Field.text("title", "The title").require(),
						Field.bool("default", "Whether events are filed under its periods"),
						Field.text("description", "Where its boundaries come from")),
				List.of("id"), List.of(), this::schemeRows));
		add(new Table("scheme-citations", "Period scheme citations", "The sources of each period scheme.",
				List.of(Field.text("scheme", "The scheme's id").require(),
						Field.integer("position", "Its place among the scheme's citations, from 1").require(),
						Field.text("source", "The source's id").require(),
						Field.text("locator", "Where in the source")),
				List.of("scheme", "position"),
				List.of(new ForeignKey(List.of("scheme"), "period-schemes", List.of("id")),
						new ForeignKey(List.of("source"), "sources", List.of("id"))),
				() -> schemes().stream()
					.flatMap((scheme) -> citationRows(scheme.id(), scheme.citations()).stream())
					.toList()));
		add(new Table("periods", "Periods", "The periods of every scheme, with the days they cover.",
				List.of(Field.id("The period's id, unique across schemes"),
						Field.text("scheme", "Its scheme's id").require(), Field.text("title", "The title").require(),
						Field.text("start", "The EDTF start").require(), Field.text("end", "The EDTF end").require(),
						Field.date("first_day", "The earliest day it covers").require(),
						Field.date("last_day", "The latest day it covers").require(),
						Field.text("description", "Why it begins and ends where it does"),
						Field.url("permalink", "The period's page on this site").require()),
				List.of("id"), List.of(new ForeignKey(List.of("scheme"), "period-schemes", List.of("id"))),
				this::periodRows));
		add(new Table("period-citations", "Period citations", "The sources of each period's boundaries.",
				List.of(Field.text("period", "The period's id").require(),
						Field.integer("position", "Its place among the period's citations, from 1").require(),
						Field.text("source", "The source's id").require(),
						Field.text("locator", "Where in the source")),
				List.of("period", "position"),
				List.of(new ForeignKey(List.of("period"), "periods", List.of("id")),
						new ForeignKey(List.of("source"), "sources", List.of("id"))),
				() -> periods().stream()
					.flatMap((period) -> citationRows(period.id(), period.citations()).stream())
					.toList()));
		add(new Table("themes", "Themes", "The themes events are tagged with.",
				List.of(Field.id("The theme's id"), Field.text("title", "The title").require(),
						Field.text("description",
								"What it covers"),
						Field.url("permalink", "The theme's page on this site").require()),
				List.of("id"), List.of(),
				() -> this.taxonomy.themes()
					.stream()
					.map((theme) -> List.of(theme.id(), theme.title(), nonNull(theme.description()),
							this.urls.absolute("/themes/" + theme.id())))
					.toList()));
		addNamed("actors", "Actors", "People, states, parties and organisations.", "/actors/", "actor",
				this.taxonomy::actors);
		addNamed("places", "Places", "Places, with their names in every language and spelling.", "/places/", "place",
				this.taxonomy::places);
		addLink("event-themes", "theme", "themes", "The themes of each event.",
				(event) -> event.themes().stream().map(Ref::id).toList());
		addLink("event-actors", "actor", "actors", "The actors of each event.",
				(event) -> event.actors().stream().map(NamedView::id).toList());
		addLink("event-places", "place", "places", "The places of each event.",
				(event) -> event.places().stream().map(NamedView::id).toList());
		addLink("event-related", "related", "events", "Other events worth reading next, for each event.",
				(event) -> event.related().stream().map(EventRef::id).toList());
		add(new Table("event-aliases", "Event aliases",
				"Old ids of events; each permalink with an old id answers 301 to the event's id.",
				List.of(Field.id("alias", "The old id"), Field.text("event", "The event's id").require()),
				List.of("alias"), List.of(new ForeignKey(List.of("event"), "events", List.of("id"))),
				() -> allEvents().stream()
					.flatMap((event) -> event.aliases().stream().map((alias) -> List.of(alias, event.id())))
					.toList()));
	}

	private void add(Table table) {
		this.tables.put(table.name(), table);
	}

	private void addNamed(String name, String title, String description, String path, String singular,
			Supplier<List<NamedView>> records) {
		add(new Table(name, title, description,
				List.of(Field.id("The " + singular + "'s id"), Field.text("name", "The English name").require(),
						Field.text("kind", "What kind of " + singular + " it is").require(),
						Field.text("description", "One line about it"),
						Field.url("permalink", "The " + singular + "'s page on this site").require()),
				List.of("id"), List.of(),
				() -> records.get()
					.stream()
					.map((record) -> List.of(record.id(), record.name(), record.kind(), nonNull(record.description()),
							this.urls.absolute(path + record.id())))
					.toList()));
		add(new Table(singular + "-names", title.substring(0, title.length() - 1) + " names",
				"The other names of each " + singular + ", in a language or spelling.",
				List.of(Field.text(singular, "The " + singular + "'s id").require(),
						Field.integer("position", "Its place among the " + singular + "'s names, from 1").require(),
						Field.text("name", "The name").require(),
						Field.text("lang", "Its BCP 47 language tag, e.g. zh-Hans, ru, ru-Latn").require(),
						Field.text("note", "The romanization or another note")),
				List.of(singular, "position"), List.of(new ForeignKey(List.of(singular), name, List.of("id"))),
				() -> records.get().stream().flatMap((record) -> {
					List<List<String>> rows = new ArrayList<>();
					List<NameView> names = record.names();
					for (int i = 0; i < names.size(); i++) {
						NameView other = names.get(i);
						rows.add(List.of(record.id(), String.valueOf(i + 1), other.name(), other.lang(),
								nonNull(other.note())));
					}
					return rows.stream();
				}).toList()));
	}

	private void addLink(String name, String column, String target, String description,
			Function<EventDetail, List<String>> ids) {
		String title = "Event " + column + (column.endsWith("d") ? " events" : "s");
		add(new Table(name, title, description,
				List.of(Field.text("event", "The event's id").require(),
						Field.text(column, "The id in " + target).require(),
						Field.integer("position", "Its place in the event's curated order, from 1").require()),
				List.of("event", column),
				List.of(new ForeignKey(List.of("event"), "events", List.of("id")),
						new ForeignKey(List.of(column), target, List.of("id"))),
				() -> allEvents().stream().flatMap((event) -> {
					List<String> linked = ids.apply(event);
					List<List<String>> rows = new ArrayList<>();
					for (int i = 0; i < linked.size(); i++) {
						rows.add(List.of(event.id(), linked.get(i), String.valueOf(i + 1)));
					}
					return rows.stream();
				}).toList()));
	}

	private List<EventDetail> allEvents() {
		return this.events.details(TimelineFilter.all());
	}

	private List<SchemeView> schemes() {
		return this.taxonomy.schemes();
	}

	private List<PeriodView> periods() {
		return schemes().stream().flatMap((scheme) -> scheme.periods().stream()).toList();
	}

	private List<String> eventRow(EventDetail event) {
		return List.of(event.id(), event.title(), event.date(), event.start().toString(), event.end().toString(),
				event.precision(), event.displayDate(), String.valueOf(event.approximate()),
				String.valueOf(event.uncertain()), String.valueOf(event.context()), String.valueOf(event.disputed()),
				event.period().title(), event.themes().stream().map(Ref::title).collect(Collectors.joining("; ")),
				event.actors().stream().map(NamedView::name).collect(Collectors.joining("; ")),
				event.places().stream().map(NamedView::name).collect(Collectors.joining("; ")),
				nonNull(event.summary()), nonNull(event.significance()),
				event.claims().stream().map(Exports::claimLine).collect(Collectors.joining("\n")),
				String.join("; ", sourceIds(event)), this.formats.url(event), event.period().id(),
				String.valueOf(event.importance()));
	}

	private static Set<String> sourceIds(EventDetail event) {
		Set<String> ids = new LinkedHashSet<>();
		event.claims().forEach((claim) -> claim.citations().forEach((citation) -> ids.add(citation.source())));
		return ids;
	}

	private List<List<String>> claimRows() {
		List<List<String>> rows = new ArrayList<>();
		for (EventDetail event : allEvents()) {
			String permalink = this.formats.url(event);
			List<ClaimView> claims = event.claims();
			for (int i = 0; i < claims.size(); i++) {
				ClaimView claim = claims.get(i);
				rows.add(List.of(event.id(), claim.id(), String.valueOf(i + 1), claim.text(), claim.rank(),
						nonNull(claim.reason()), nonNull(claim.dispute()), nonNull(claim.verdict()),
						permalink + "#claim-" + claim.id()));
			}
		}
		return rows;
	}

	private List<List<String>> citationRows() {
		List<List<String>> rows = new ArrayList<>();
		for (EventDetail event : allEvents()) {
			for (ClaimView claim : event.claims()) {
				List<CitationView> citations = claim.citations();
				for (int i = 0; i < citations.size(); i++) {
					CitationView citation = citations.get(i);
					rows.add(List.of(event.id(), claim.id(), String.valueOf(i + 1), citation.source(),
							nonNull(citation.locator())));
				}
			}
		}
		return rows;
	}

	private static List<List<String>> citationRows(String owner, List<CitationView> citations) {
		List<List<String>> rows = new ArrayList<>();
		for (int i = 0; i < citations.size(); i++) {
			CitationView citation = citations.get(i);
			rows.add(List.of(owner, String.valueOf(i + 1), citation.source(), nonNull(citation.locator())));
		}
		return rows;
	}

	private List<List<String>> sourceRows() {
		return this.sources.sources()
			.stream()
			.map((source) -> List.of(source.id(), source.type(), source.title(), String.join("; ", source.authors()),
					nonNull(source.container()), nonNull(source.publisher()), nonNull(source.volume()),
					nonNull(source.issue()), nonNull(source.pages()), nonNull(source.date()), nonNull(source.url()),
					nonNull(source.doi()), nonNull(source.isbn()), day(source.accessed()),
					nonNull(source.reliability()), String.valueOf(source.founding()),
					this.urls.absolute("/sources/" + source.id())))
			.toList();
	}

	private List<List<String>> schemeRows() {
		return schemes().stream()
			.map((scheme) -> List.of(scheme.id(), scheme.title(), String.valueOf(scheme.isDefault()),
					nonNull(scheme.description())))
			.toList();
	}

	private List<List<String>> periodRows() {
		return periods().stream()
			.map((period) -> List.of(period.id(), period.scheme(), period.title(), period.start(), period.end(),
					period.firstDay().toString(), period.lastDay().toString(), nonNull(period.description()),
					this.urls.absolute("/periods/" + period.id())))
			.toList();
	}

	private static String day(LocalDate day) {
		return (day != null) ? day.toString() : "";
	}

	private static String nonNull(String text) {
		return (text != null) ? text : "";
	}

	/**
	 * A column and its Table Schema field descriptor.
	 *
	 * @param name the column name
	 * @param type the Table Schema type
	 * @param format the type's format, or {@code null} for the default
	 * @param description what it holds
	 * @param required whether every row has a value
	 * @param values the only values allowed, or empty for any
	 */
	record Field(String name, String type, String format, String description, boolean required, List<String> values) {

		static Field text(String name, String description) {
			return new Field(name, "string", null, description, false, List.of());
		}

		static Field id(String description) {
			return id("id", description);
		}

		static Field id(String name, String description) {
			return text(name, description).require();
		}

		static Field url(String name, String description) {
			return new Field(name, "string", "uri", description, false, List.of());
		}

		static Field date(String name, String description) {
			return new Field(name, "date", null, description, false, List.of());
		}

		static Field bool(String name, String description) {
			return new Field(name, "boolean", null, description, true, List.of());
		}

		static Field integer(String name, String description) {
			return new Field(name, "integer", null, description, false, List.of());
		}

		Field require() {
			return new Field(this.name, this.type, this.format, this.description, true, this.values);
		}

		Field values(java.util.Collection<String> allowed) {
			return new Field(this.name, this.type, this.format, this.description, this.required, List.copyOf(allowed));
		}

	}

	/**
	 * Columns whose values are found in another table's columns.
	 *
	 * @param fields the columns of this table
	 * @param resource the table they refer to
	 * @param reference its columns
	 */
	record ForeignKey(List<String> fields, String resource, List<String> reference) {

	}

	/**
	 * One CSV table of the data package.
	 *
	 * @param name its resource name, also its file name under {@code /export/}
	 * @param title its title
	 * @param description what a row is
	 * @param fields its columns
	 * @param primaryKey the columns that identify a row
	 * @param foreignKeys its references to other tables
	 * @param rows its rows, computed when asked for
	 */
	record Table(String name, String title, String description, List<Field> fields, List<String> primaryKey,
			List<ForeignKey> foreignKeys, Supplier<List<List<String>>> rows) {

		String path() {
			return "/export/" + this.name + ".csv";
		}

	}

}
