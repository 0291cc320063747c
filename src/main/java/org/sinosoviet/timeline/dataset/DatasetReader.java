package org.sinosoviet.timeline.dataset;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.sinosoviet.timeline.dataset.DatasetRecords.CitationData;
import org.sinosoviet.timeline.dataset.DatasetRecords.ClaimData;
import org.sinosoviet.timeline.dataset.DatasetRecords.Dataset;
import org.sinosoviet.timeline.dataset.DatasetRecords.EventData;
import org.sinosoviet.timeline.dataset.DatasetRecords.Located;
import org.sinosoviet.timeline.dataset.DatasetRecords.PeriodData;
import org.sinosoviet.timeline.dataset.DatasetRecords.PlaceCoordinates;
import org.sinosoviet.timeline.dataset.DatasetRecords.PlaceOutline;
import org.sinosoviet.timeline.dataset.DatasetRecords.SchemeData;
import org.sinosoviet.timeline.dataset.YamlRecord.Ref;
import org.sinosoviet.timeline.date.HistoricalDate;
import org.sinosoviet.timeline.event.Claim;
import org.sinosoviet.timeline.event.ClaimRank;
import org.sinosoviet.timeline.event.Event;
import org.sinosoviet.timeline.event.Verdict;
import org.sinosoviet.timeline.geo.Outlines;
import org.sinosoviet.timeline.source.Citation;
import org.sinosoviet.timeline.source.Source;
import org.sinosoviet.timeline.source.SourceKind;
import org.sinosoviet.timeline.source.SourceType;
import org.sinosoviet.timeline.taxonomy.Actor;
import org.sinosoviet.timeline.taxonomy.AlternativeName;
import org.sinosoviet.timeline.taxonomy.Period;
import org.sinosoviet.timeline.taxonomy.PeriodScheme;
import org.sinosoviet.timeline.taxonomy.Place;
import org.sinosoviet.timeline.taxonomy.Theme;

/**
 * Reads every data file into records and checks each file on its own: syntax, keys,
 * types, required fields, id formats, dates and the rules for claims. Checks across files
 * are the {@link DatasetValidator}'s.
 */
final class DatasetReader {

	static final List<String> EVENT_KEYS = List.of("id", "title", "date", "context", "period", "themes", "actors",
			"places", "summary", "significance", "importance", "related", "aliases", "claims");

	static final List<String> CLAIM_KEYS = List.of("id", "text", "rank", "verdict", "reason", "dispute", "about",
			"citations");

	static final List<String> CITATION_KEYS = List.of("source", "locator");

	static final List<String> SOURCE_KEYS = List.of("id", "type", "kind", "title", "authors", "editors", "container",
			"note", "publisher", "volume", "issue", "pages", "date", "url", "doi", "isbn", "accessed", "reliability",
			"founding");

	/** Words that say a container names the copy read, which belongs in a note. */
	private static final Pattern COPY_NOTE = Pattern.compile("\\b(copy|copies|mirror|snapshot|OCR|ISBN)\\b",
			Pattern.CASE_INSENSITIVE);

	static final List<String> SCHEME_KEYS = List.of("id", "title", "default", "description", "citations", "periods");

	static final List<String> PERIOD_KEYS = List.of("id", "title", "start", "end", "description", "citations");

	static final List<String> THEME_KEYS = List.of("id", "title", "description");

	static final List<String> NAMED_KEYS = List.of("id", "name", "kind", "description", "names");

	static final List<String> PLACE_KEYS = List.of("id", "name", "kind", "description", "names", "coordinates",
			"coordinates-source", "outline");

	static final List<String> OUTLINE_KEYS = List.of("source", "features");

	/**
	 * The kinds of place that may have a shape: the datasets are areas (a river would
	 * need lines; cities, mountains and sites stay points).
	 */
	static final List<String> OUTLINE_KINDS = List.of("country", "region", "island");

	static final List<String> NAME_KEYS = List.of("name", "lang", "note");

	static final List<String> ACTOR_KINDS = List.of("person", "state", "party", "organisation");

	static final List<String> PLACE_KINDS = List.of("city", "island", "river", "region", "country", "mountain",
			"other");

	static final String VERDICTS = String.join(", ",
			java.util.Arrays.stream(Verdict.values()).map(Verdict::id).toList());

	private static final Pattern LANGUAGE_TAG = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");

	private final Path directory;

	private final List<Problem> problems = new ArrayList<>();

	private int files;

	DatasetReader(Path directory) {
		this.directory = directory;
	}

	List<Problem> problems() {
		return this.problems;
	}

	Dataset read() {
		if (!Files.isDirectory(this.directory)) {
			this.problems.add(new Problem(new Spot(this.directory.toString(), 1, 1, ""),
					(Files.exists(this.directory) ? "is a file, not the data directory"
							: "the data directory does not exist")
							+ "; run from the project folder or set --timeline.data-dir"));
			return new Dataset(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
					0);
		}
		List<Located<Source>> sources = new ArrayList<>();
		forEachRecordFile("sources", false, (path) -> readRecordFile(path, "a source", sources::add, this::source));
		List<Located<Theme>> themes = new ArrayList<>();
		readList("themes.yaml", "a theme", (record) -> themes.add(theme(record.storedAs(Theme.class), themes.size())));
		List<Located<Actor>> actors = new ArrayList<>();
		readList("actors.yaml", "an actor", (record) -> actors.add(named(record.storedAs(Actor.class), ACTOR_KINDS,
				NAMED_KEYS, (id, name, kind, description, names) -> new Actor(id, name, kind, description, names))));
		List<Located<Place>> places = new ArrayList<>();
		List<PlaceCoordinates> coordinates = new ArrayList<>();
		List<PlaceOutline> outlines = new ArrayList<>();
		readList("places.yaml", "a place", (record) -> {
			Located<Place> place = named(record.storedAs(Place.class), PLACE_KINDS, PLACE_KEYS,
					(id, name, kind, description, names) -> new Place(id, name, kind, description, names));
			places.add(place);
			PlaceCoordinates located = coordinates(record, place.id());
			if (located != null) {
				coordinates.add(located);
			}
			PlaceOutline outline = outline(record, place.id(), place.entity().getKind());
			if (outline != null) {
				outlines.add(outline);
			}
		});
		List<SchemeData> schemes = new ArrayList<>();
		readList("periods.yaml", "a period scheme",
				(record) -> schemes.add(scheme(record.storedAs(PeriodScheme.class, "default", "defaultScheme"))));
		List<EventData> events = new ArrayList<>();
		forEachRecordFile("events", true, (path) -> readRecordFile(path, "an event", events::add, this::event));
		return new Dataset(sources, themes, actors, places, coordinates, outlines, schemes, events, this.files);
	}

	private void forEachRecordFile(String folder, boolean byYear, Consumer<Path> reader) {
		Path root = this.directory.resolve(folder);
		if (!Files.isDirectory(root)) {
			this.problems.add(new Problem(new Spot(display(root), 1, 1, ""),
					Files.exists(root) ? "is a file, but it should be the folder " + folder + "/; move it away"
							: "the folder is missing; create it"));
			return;
		}
		for (Path path : files(root)) {
			Path relative = root.relativize(path);
			String name = path.getFileName().toString();
			if (name.startsWith(".") || name.equals("README.md")) {
				continue;
			}
			if (!Files.isRegularFile(path)) {
				problemAt(path, Files.isSymbolicLink(path)
						? "the link leads to no file (its target is missing, a loop or not a file); fix or delete it"
						: "is not a file; delete it");
			}
			else if (!name.endsWith(".yaml")) {
				problemAt(path, name.endsWith(".yml") ? "rename the file to end in .yaml"
						: "only .yaml record files belong here; move or delete this file");
			}
			else if (byYear && (relative.getNameCount() != 2 || !relative.getName(0).toString().matches("\\d{4}"))) {
				problemAt(path, "events live in a folder named after their year, as events/1950/<id>.yaml");
			}
			else if (!byYear && relative.getNameCount() != 1) {
				problemAt(path, "sources live directly in " + folder + "/, one file per source");
			}
			else {
				reader.accept(path);
			}
		}
	}

	/**
	 * Everything below a folder that is not a folder, in order, following links; folders
	 * that cannot be read and links that loop are problems, and the walk goes on.
	 */
	private List<Path> files(Path root) {
		List<Path> files = new ArrayList<>();
		try {
			Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
					new SimpleFileVisitor<>() {

						@Override
						public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
							files.add(file);
							return FileVisitResult.CONTINUE;
						}

						@Override
						public FileVisitResult visitFileFailed(Path file, IOException ex) {
							problemAt(file,
									(ex instanceof FileSystemLoopException)
											? "the link leads back to a folder that holds it; delete the link"
											: "cannot be read (" + YamlFile.reason(ex) + "); check its permissions");
							return FileVisitResult.CONTINUE;
						}

						@Override
						public FileVisitResult postVisitDirectory(Path folder, IOException ex) {
							if (ex != null) {
								problemAt(folder, "the folder cannot be listed (" + YamlFile.reason(ex)
										+ "); check its permissions");
							}
							return FileVisitResult.CONTINUE;
						}

					});
		}
		catch (IOException ex) {
			problemAt(root, "the folder cannot be read (" + YamlFile.reason(ex) + "); check its permissions");
		}
		files.sort(null);
		return files;
	}

	private <T> void readRecordFile(Path path, String what, Consumer<T> sink,
			java.util.function.BiFunction<YamlRecord, Path, T> mapper) {
		YamlFile file = file(path);
		file.parse(path).map((node) -> YamlRecord.of(file, "", node, what)).ifPresent((record) -> {
			T value = mapper.apply(record, path);
			if (value != null) {
				sink.accept(value);
			}
		});
	}

	private void readList(String name, String what, Consumer<YamlRecord> sink) {
		Path path = this.directory.resolve(name);
		if (!Files.isRegularFile(path)) {
			problemAt(path, Files.isDirectory(path) ? "is a folder, but it should be a file; see data/README.md"
					: "the file is missing; see data/README.md for its fields");
			return;
		}
		YamlFile file = file(path);
		Optional<YamlNode> root = file.parse(path);
		if (root.isEmpty()) {
			return;
		}
		if (!(root.get() instanceof YamlNode.Sequence sequence)) {
			file.problem(root.get().line(), root.get().column(), "",
					"expected a list of records, each starting with '- id:', but found " + root.get().describe());
			return;
		}
		for (int i = 0; i < sequence.items().size(); i++) {
			YamlRecord record = YamlRecord.of(file, "[" + i + "]", sequence.items().get(i), what);
			if (record != null) {
				sink.accept(record);
			}
		}
	}

	private Located<Source> source(YamlRecord record, Path path) {
		record.storedAs(Source.class);
		String id = fileId(record, path);
		SourceType type = record.choice("type", true, SourceType::fromId,
				String.join(", ", Arrays.stream(SourceType.values()).map(SourceType::id).toList()));
		String url = record.text("url", false);
		if (url != null && !url.matches("https?://\\S+")) {
			record.problem("url", Problem.quote(url) + " is not a web address; it must start with https:// or http://");
		}
		String doi = record.text("doi", false);
		if (doi != null && !doi.matches("10\\.\\d{4,9}/\\S+")) {
			record.problem("doi",
					Problem.quote(doi) + " is not a DOI; write it as 10.1234/abc, without https://doi.org/");
		}
		var accessed = record.day("accessed", false);
		if (url != null && accessed == null && !record.has("accessed")) {
			record.problem("url", "a web address needs the day you read it; add accessed: \"YYYY-MM-DD\"");
		}
		SourceKind kind = record.choice("kind", false, SourceKind::fromId,
				String.join(", ", Arrays.stream(SourceKind.values()).map(SourceKind::id).toList()));
		String container = record.text("container", false);
		if (container != null && COPY_NOTE.matcher(container).find()) {
			record.problem("container", Problem.quote(container)
					+ " speaks of the copy read; give the journal, book or site only, and move the rest to note:");
		}
		Source source = new Source(id, type, record.text("title", true));
		if (kind != null) {
			source.setKind(kind);
		}
		else if (type != null) {
			source.setKind(SourceKind.implied(type, container, url));
		}
		source.setAuthors(names(record, "authors"));
		source.setEditors(names(record, "editors"));
		source.setContainer(container);
		source.setNote(record.text("note", false));
		source.setPublisher(record.text("publisher", false));
		source.setVolume(record.text("volume", false));
		source.setIssue(record.text("issue", false));
		source.setPages(record.text("pages", false));
		source.setDate(record.date("date", false));
		source.setUrl(url);
		source.setDoi(doi);
		source.setIsbn(record.text("isbn", false));
		source.setAccessed(accessed);
		source.setReliability(record.text("reliability", false));
		source.setFounding(record.flag("founding"));
		record.rejectUnknownKeys(SOURCE_KEYS);
		return (id != null) ? new Located<>(record.spot(), id, source) : null;
	}

	/**
	 * People as "Family, Given"; an organisation as its name, in braces if the name holds
	 * a comma ("{Bureau of Arms Control, Verification, and Compliance}").
	 */
	private static List<String> names(YamlRecord record, String key) {
		List<String> names = record.texts(key);
		for (String name : names) {
			boolean opens = name.startsWith("{");
			boolean closes = name.endsWith("}");
			if (opens != closes || name.indexOf('{', 1) > 0 || name.substring(0, name.length() - 1).indexOf('}') > 0) {
				record.problem(key, Problem.quote(name) + " has unmatched braces; write a person as \"Family, Given\" "
						+ "and an organisation whose name holds a comma in braces, \"{Office, Department}\"");
			}
			else if (!opens && name.indexOf(',') != name.lastIndexOf(',')) {
				record.problem(key, Problem.quote(name) + " has more than one comma; a person is \"Family, Given\", "
						+ "and an organisation whose name holds commas goes in braces, \"{" + name + "}\"");
			}
		}
		return names;
	}

	private Located<Theme> theme(YamlRecord record, int position) {
		String id = record.id("id", true);
		Theme theme = new Theme(id, record.text("title", true), record.text("description", true), position);
		record.rejectUnknownKeys(THEME_KEYS);
		return new Located<>(record.spot(), id, theme);
	}

	private <E> Located<E> named(YamlRecord record, List<String> kinds, List<String> keys, NamedFactory<E> factory) {
		String id = record.id("id", true);
		String name = record.text("name", true);
		String kind = record.choice("kind", true, (text) -> Optional.of(text).filter(kinds::contains),
				String.join(", ", kinds));
		String description = record.text("description", false);
		List<AlternativeName> names = new ArrayList<>();
		for (YamlRecord alternative : record.records("names", false, "alternative name")) {
			alternative.storedAs(AlternativeName.class);
			String text = alternative.text("name", true);
			String lang = alternative.text("lang", true);
			if (lang != null && !LANGUAGE_TAG.matcher(lang).matches()) {
				alternative.problem("lang",
						Problem.quote(lang) + " is not a language tag; use BCP 47, such as zh-Hans, ru or ru-Latn");
			}
			if (text != null && lang != null) {
				names.add(new AlternativeName(text, lang, alternative.text("note", false)));
			}
			alternative.rejectUnknownKeys(NAME_KEYS);
		}
		record.rejectUnknownKeys(keys);
		return new Located<>(record.spot(), id, factory.create(id, name, kind, description, names));
	}

	/**
	 * A place's coordinates, which are a fact like any other: they come with the source
	 * they were read in, or not at all.
	 */
	private PlaceCoordinates coordinates(YamlRecord record, String place) {
		double[] point = record.point("coordinates", false);
		YamlRecord source = record.record("coordinates-source", false,
				"the source of the coordinates (source: and locator:)");
		if (record.has("coordinates") && !record.has("coordinates-source")) {
			record.problem("coordinates", "has no coordinates-source; add the source you read them in, as "
					+ "coordinates-source: { source: <id>, locator: ... }, or leave the coordinates out");
		}
		if (record.has("coordinates-source") && !record.has("coordinates")) {
			record.problem("coordinates-source",
					"cites a source for coordinates that are not there; add coordinates: [latitude, longitude]");
		}
		CitationData citation = null;
		if (source != null) {
			source.storedAs(Citation.class);
			Ref ref = source.ref("source", true);
			String locator = source.text("locator", false);
			source.rejectUnknownKeys(CITATION_KEYS);
			citation = (ref != null) ? new CitationData(ref, locator) : null;
		}
		return (point != null && citation != null && place != null)
				? new PlaceCoordinates(place, point[0], point[1], citation) : null;
	}

	/**
	 * A place's shape, which is a fact like its point: the dataset it comes from (a
	 * source) and the features of that dataset that make it up, each one the map carries.
	 */
	private PlaceOutline outline(YamlRecord record, String place, String kind) {
		YamlRecord outline = record.record("outline", false,
				"the shape on the map, as { source: <dataset>, features: [<name>, ...] }");
		if (outline == null) {
			return null;
		}
		Ref source = outline.ref("source", true);
		List<Ref> features = outline.textRefs("features", true, "a list of feature names, such as [Mongolia]");
		outline.rejectUnknownKeys(OUTLINE_KEYS);
		if (kind != null && !OUTLINE_KINDS.contains(kind)) {
			record.problem("outline", "a " + kind + " is drawn as a point; outlines are for a "
					+ String.join(", ", OUTLINE_KINDS) + ": remove the outline or give the coordinates");
			return null;
		}
		Outlines shapes = Outlines.shipped();
		if (source != null && !shapes.datasets().contains(source.id())) {
			this.problems.add(new Problem(source.spot(),
					"the map carries no shapes from '" + source.id() + "'; outlines come from "
							+ String.join(", ", shapes.datasets()) + " (see src/map/build-map.mjs)"));
			return null;
		}
		boolean known = true;
		for (Ref feature : features) {
			if (source != null && !shapes.features(source.id()).contains(feature.id())) {
				known = false;
				this.problems.add(new Problem(feature.spot(),
						"the map carries no feature " + Problem.quote(feature.id()) + " of " + source.id()
								+ "; use one of " + String.join(", ", shapes.features(source.id()))
								+ ", or add it to OUTLINED in src/map/build-map.mjs and run it"));
			}
		}
		return (source != null && !features.isEmpty() && known && place != null)
				? new PlaceOutline(place, source, features.stream().map(Ref::id).toList()) : null;
	}

	/**
	 * Makes an actor or a place.
	 */
	@FunctionalInterface
	private interface NamedFactory<E> {

		E create(String id, String name, String kind, String description, List<AlternativeName> names);

	}

	private SchemeData scheme(YamlRecord record) {
		String id = record.id("id", true);
		List<PeriodData> periods = new ArrayList<>();
		for (YamlRecord period : record.records("periods", true, "period")) {
			period.storedAs(Period.class);
			HistoricalDate start = period.date("start", true);
			HistoricalDate end = period.date("end", true);
			if (start != null && end != null && end.latest().isBefore(start.earliest())) {
				period.problem("end", "the period ends before it starts (" + start + "); swap or correct the dates");
			}
			periods.add(new PeriodData(period.spot(), period.id("id", true), period.text("title", true), start, end,
					period.text("description", true), citations(period, false)));
			period.rejectUnknownKeys(PERIOD_KEYS);
		}
		List<CitationData> citations = citations(record, true);
		SchemeData scheme = new SchemeData(record.spot(), id, record.text("title", true),
				record.text("description", true), record.flag("default"), citations, periods);
		record.rejectUnknownKeys(SCHEME_KEYS);
		return scheme;
	}

	private EventData event(YamlRecord record, Path path) {
		record.storedAs(Event.class);
		String id = fileId(record, path);
		HistoricalDate date = record.date("date", true);
		boolean context = record.flag("context");
		if (date != null) {
			String folder = path.getParent().getFileName().toString();
			String year = String.valueOf(date.earliest().getYear());
			if (!folder.equals(year)) {
				record.problem("date", "the event starts in " + year + " but its file is in events/" + folder
						+ "/; move it to events/" + year + "/");
			}
			boolean inside = DatasetValidator.isInRange(date);
			if (!inside && !context) {
				record.problem("date", "'" + date + "' is outside 1949–1976; if this is background, add context: true");
			}
			if (inside && context) {
				record.problem("context", "context: true is only for background events outside 1949–1976; remove it");
			}
		}
		List<ClaimData> claims = new ArrayList<>();
		Map<String, Spot> claimIds = new HashMap<>();
		for (YamlRecord claim : record.records("claims", true, "claim")) {
			ClaimData data = claim(claim);
			if (data.id() != null && claimIds.putIfAbsent(data.id(), data.spot()) != null) {
				claim.problem("id", "claim id '" + data.id() + "' is used twice in this event; claim ids are unique "
						+ "within an event (first at line " + claimIds.get(data.id()).line() + ")");
			}
			claims.add(data);
		}
		checkDisputes(record, claims);
		EventData event = new EventData(record.spot(), id, record.text("title", true), date, context,
				record.ref("period", true), record.ids("themes", true), record.ids("actors", false),
				record.ids("places", false), record.text("summary", true), record.text("significance", false),
				record.ids("related", false), record.ids("aliases", false), record.number("importance", true, 1, 3,
						"an importance of 1 (a turning point), 2 (significant) or 3 (detail or background)"),
				claims);
		if (record.isEmptyList("themes")) {
			record.problem("themes", "is empty; tag the event with at least one theme from data/themes.yaml");
		}
		record.rejectUnknownKeys(EVENT_KEYS);
		return (id != null) ? event : null;
	}

	private ClaimData claim(YamlRecord claim) {
		claim.storedAs(Claim.class, "id", "claimId");
		String id = claim.id("id", true);
		String text = claim.text("text", true);
		ClaimRank rank = claim.has("rank")
				? claim.choice("rank", true, ClaimRank::fromId, "preferred, normal, deprecated") : ClaimRank.NORMAL;
		String reason = claim.text("reason", false);
		if (rank != null && rank != ClaimRank.NORMAL && reason == null) {
			claim.problem("rank", "a " + rank.id() + " claim needs a reason; add reason: saying why in one sentence");
		}
		String dispute = claim.id("dispute", false);
		if (rank == ClaimRank.DEPRECATED && dispute == null && !claim.has("dispute")) {
			claim.problem("rank", "a deprecated claim needs a dispute key shared with the claim that corrects it; "
					+ "add dispute: <key> to both");
		}
		Verdict verdict = claim.choice("verdict", false, Verdict::fromId, VERDICTS);
		if (verdict != null && verdict != Verdict.CORROBORATED && reason == null) {
			claim.problem("verdict", ((verdict == Verdict.UNVERIFIED) ? "an " : "a ") + verdict.id()
					+ " verdict needs a reason: say " + switch (verdict) {
						case CONTRADICTED -> "what is wrong";
						case PARTLY -> "which part holds and which does not";
						default -> "what was searched, and where";
					} + ", in one sentence");
		}
		if (verdict == Verdict.CONTRADICTED && rank != null && rank != ClaimRank.DEPRECATED) {
			claim.problem("verdict", "a contradicted statement is shown as deprecated beside its correction; "
					+ "add rank: deprecated and a dispute shared with the preferred claim");
		}
		boolean significance = claim.choice("about", false,
				(value) -> java.util.Optional.of(value).filter("significance"::equals), "significance") != null;
		List<CitationData> citations = citations(claim, true);
		claim.rejectUnknownKeys(CLAIM_KEYS);
		return new ClaimData(claim.spot(), id, text, (rank != null) ? rank : ClaimRank.NORMAL, reason, dispute, verdict,
				significance, citations);
	}

	private void checkDisputes(YamlRecord event, List<ClaimData> claims) {
		Map<String, List<ClaimData>> disputes = new java.util.LinkedHashMap<>();
		claims.stream()
			.filter((claim) -> claim.dispute() != null)
			.forEach((claim) -> disputes.computeIfAbsent(claim.dispute(), (key) -> new ArrayList<>()).add(claim));
		disputes.forEach((key, group) -> {
			Spot first = group.get(0).spot();
			boolean orphans = claims.stream()
				.anyMatch((claim) -> claim.rank() == ClaimRank.DEPRECATED && claim.dispute() == null);
			if (group.size() < 2 && !orphans) {
				event.problem("claims", "dispute '" + key + "' (" + first.field()
						+ ") has only one claim; give the competing claims the same dispute key, or remove it");
			}
			else if (group.stream().allMatch((claim) -> claim.rank() == ClaimRank.DEPRECATED)) {
				event.problem("claims", "every claim in dispute '" + key
						+ "' is deprecated; add the corrected version as a preferred claim citing a better source");
			}
		});
	}

	private List<CitationData> citations(YamlRecord record, boolean required) {
		List<CitationData> citations = new ArrayList<>();
		for (YamlRecord citation : record.records("citations", required, "citation")) {
			citation.storedAs(Citation.class);
			Ref source = citation.ref("source", true);
			String locator = citation.text("locator", false);
			citation.rejectUnknownKeys(CITATION_KEYS);
			if (source != null) {
				citations.add(new CitationData(source, locator));
			}
		}
		return citations;
	}

	private String fileId(YamlRecord record, Path path) {
		String id = record.id("id", true);
		String expected = path.getFileName().toString().replaceFirst("\\.yaml$", "");
		if (id != null && !id.equals(expected)) {
			record.problem("id", "id '" + id + "' does not match the file name '" + expected
					+ ".yaml'; rename the file or correct the id (published ids never change: keep old ones as aliases)");
		}
		return id;
	}

	private YamlFile file(Path path) {
		this.files++;
		return new YamlFile(display(path), this.problems);
	}

	private void problemAt(Path path, String message) {
		this.problems.add(new Problem(new Spot(display(path), 1, 1, ""), message));
	}

	private String display(Path path) {
		return path.toString().replace('\\', '/');
	}

}
