package org.sinosoviet.timeline.dataset;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.sinosoviet.timeline.dataset.DatasetRecords.CitationData;
import org.sinosoviet.timeline.dataset.DatasetRecords.ClaimData;
import org.sinosoviet.timeline.dataset.DatasetRecords.Dataset;
import org.sinosoviet.timeline.dataset.DatasetRecords.EventData;
import org.sinosoviet.timeline.dataset.DatasetRecords.Located;
import org.sinosoviet.timeline.dataset.DatasetRecords.PeriodData;
import org.sinosoviet.timeline.dataset.DatasetRecords.SchemeData;
import org.sinosoviet.timeline.dataset.YamlRecord.Ref;
import org.sinosoviet.timeline.date.HistoricalDate;
import org.sinosoviet.timeline.event.ClaimRank;
import org.sinosoviet.timeline.event.Verdict;

/**
 * Checks the records against each other: unique ids and aliases, references that resolve,
 * one default period scheme, and events that fall within their period.
 */
final class DatasetValidator {

	static final LocalDate FIRST_DAY = LocalDate.of(1949, 1, 1);

	static final LocalDate LAST_DAY = LocalDate.of(1976, 12, 31);

	private final List<Problem> problems;

	static boolean isInRange(HistoricalDate date) {
		return !date.earliest().isBefore(FIRST_DAY) && !date.latest().isAfter(LAST_DAY);
	}

	DatasetValidator(List<Problem> problems) {
		this.problems = problems;
	}

	void validate(Dataset dataset) {
		Set<String> sources = unique(dataset.sources(), Located::id, Located::spot, "source");
		Set<String> themes = unique(dataset.themes(), Located::id, Located::spot, "theme");
		Set<String> actors = unique(dataset.actors(), Located::id, Located::spot, "actor");
		Set<String> places = unique(dataset.places(), Located::id, Located::spot, "place");
		unique(dataset.schemes(), (scheme) -> scheme.id(), (scheme) -> scheme.spot(), "period scheme");
		unique(dataset.schemes().stream().flatMap((scheme) -> scheme.periods().stream()).toList(),
				(period) -> period.id(), (period) -> period.spot(), "period");
		Map<String, PeriodData> defaultPeriods = checkSchemes(dataset.schemes(), sources);
		dataset.coordinates()
			.forEach((located) -> checkRef(located.source().source(), sources, "source", "the files in data/sources/"));
		dataset.outlines()
			.forEach((outline) -> checkRef(outline.source(), sources, "source",
					"the files in data/sources/ (add one describing the dataset)"));
		Map<String, Spot> eventIds = new HashMap<>();
		for (EventData event : dataset.events()) {
			claimId(eventIds, event.id(), event.spot().in("id"), "event");
		}
		for (EventData event : dataset.events()) {
			for (Ref alias : event.aliases()) {
				claimId(eventIds, alias.id(), alias.spot(), "event id or alias");
			}
		}
		Set<String> founding = new HashSet<>();
		dataset.sources()
			.stream()
			.filter((source) -> source.entity().isFounding())
			.forEach((source) -> founding.add(source.id()));
		for (EventData event : dataset.events()) {
			checkEvent(event, defaultPeriods, themes, actors, places, sources, eventIds.keySet());
			checkVerdicts(event, founding);
			checkImportance(event, founding);
		}
	}

	/**
	 * A turning point says why, with a source: a claim marked {@code about: significance}
	 * that is not deprecated and cites an independent source.
	 */
	private void checkImportance(EventData event, Set<String> founding) {
		if (event.importance() == null || event.importance() != 1) {
			return;
		}
		boolean why = event.claims()
			.stream()
			.filter((claim) -> claim.significance() && claim.rank() != ClaimRank.DEPRECATED)
			.flatMap((claim) -> claim.citations().stream())
			.anyMatch((citation) -> !founding.contains(citation.source().id()));
		if (!why) {
			problem(event.spot().in("importance"), "a turning point (importance 1) needs a claim saying why it "
					+ "mattered, citing an independent source: add about: significance to such a claim");
		}
	}

	/**
	 * Every statement of a founding document has a verdict, and the verdict has what it
	 * claims within reach: an independent citation for corroborated and partly (on the
	 * claim or on a claim of its dispute that is not deprecated), a preferred correction
	 * for contradicted.
	 */
	private void checkVerdicts(EventData event, Set<String> founding) {
		for (ClaimData claim : event.claims()) {
			boolean citesFounding = claim.citations()
				.stream()
				.anyMatch((citation) -> founding.contains(citation.source().id()));
			boolean independent = claim.citations()
				.stream()
				.anyMatch((citation) -> !founding.contains(citation.source().id()));
			Verdict verdict = claim.verdict();
			if (verdict == null) {
				if (citesFounding && !independent) {
					problem(claim.spot().in(claim.spot().field() + ".verdict"),
							"a statement citing only founding documents needs a verdict: add verdict: "
									+ DatasetReader.VERDICTS + " (see data/README.md)");
				}
				continue;
			}
			Spot spot = claim.spot().in(claim.spot().field() + ".verdict");
			if (!citesFounding) {
				problem(spot, "a verdict is for statements of the founding documents, and this claim cites none; "
						+ "remove it");
				continue;
			}
			List<ClaimData> dispute = (claim.dispute() != null) ? event.claims()
				.stream()
				.filter((other) -> other != claim && claim.dispute().equals(other.dispute()))
				.toList() : List.of();
			boolean independentInReach = independent || dispute.stream()
				.filter((other) -> other.rank() != ClaimRank.DEPRECATED)
				.flatMap((other) -> other.citations().stream())
				.anyMatch((citation) -> !founding.contains(citation.source().id()));
			switch (verdict) {
				case CORROBORATED, PARTLY -> {
					if (!independentInReach) {
						problem(spot,
								"a " + verdict.id() + " verdict needs the independent source that "
										+ (verdict == Verdict.CORROBORATED ? "agrees" : "shows which part holds")
										+ ": cite it on this claim, or on a claim sharing its dispute key");
					}
				}
				case CONTRADICTED -> {
					if (dispute.stream().noneMatch((other) -> other.rank() == ClaimRank.PREFERRED)) {
						problem(spot, "a contradicted statement needs its correction beside it: a preferred claim "
								+ "with the same dispute key, citing an independent source");
					}
				}
				case UNVERIFIED -> {
					// The reason says what was searched; the reader checks it is there.
				}
			}
		}
	}

	private Map<String, PeriodData> checkSchemes(List<SchemeData> schemes, Set<String> sources) {
		Map<String, PeriodData> periods = new HashMap<>();
		List<SchemeData> defaults = schemes.stream().filter(SchemeData::isDefault).toList();
		if (defaults.isEmpty() && !schemes.isEmpty()) {
			problem(schemes.get(0).spot().in("[0].default"),
					"no period scheme is the default; add default: true to the scheme events use");
		}
		for (int i = 1; i < defaults.size(); i++) {
			problem(defaults.get(i).spot().in(defaults.get(i).spot().field() + ".default"),
					"only one period scheme may be the default; remove default: true here");
		}
		for (SchemeData scheme : schemes) {
			scheme.citations().forEach((citation) -> checkSource(citation, sources));
			for (PeriodData period : scheme.periods()) {
				period.citations().forEach((citation) -> checkSource(citation, sources));
				if (!defaults.isEmpty() && scheme == defaults.get(0) && period.id() != null) {
					periods.put(period.id(), period);
				}
			}
		}
		return periods;
	}

	private void checkEvent(EventData event, Map<String, PeriodData> periods, Set<String> themes, Set<String> actors,
			Set<String> places, Set<String> sources, Set<String> events) {
		Ref period = event.period();
		if (period != null && !periods.isEmpty()) {
			PeriodData data = periods.get(period.id());
			if (data == null) {
				problem(period.spot(), "unknown period '" + period.id() + "'; use a period of the default scheme in "
						+ "data/periods.yaml: " + String.join(", ", periods.keySet().stream().sorted().toList()));
			}
			else if (!event.context() && event.date() != null && isInRange(event.date()) && data.start() != null
					&& data.end() != null && !event.date().overlaps(data.start().earliest(), data.end().latest())) {
				problem(period.spot(), "the event's date " + event.date() + " falls outside period '" + period.id()
						+ "' (" + data.start() + " to " + data.end() + "); choose the period it belongs to");
			}
		}
		event.themes().forEach((ref) -> checkRef(ref, themes, "theme", "the ids in data/themes.yaml"));
		event.actors().forEach((ref) -> checkRef(ref, actors, "actor", "the ids in data/actors.yaml"));
		event.places().forEach((ref) -> checkRef(ref, places, "place", "the ids in data/places.yaml"));
		for (Ref related : event.related()) {
			checkRef(related, events, "event", "the event files in data/events/");
			if (related.id().equals(event.id())) {
				problem(related.spot(), "an event cannot be related to itself; remove it");
			}
		}
		for (ClaimData claim : event.claims()) {
			claim.citations().forEach((citation) -> checkSource(citation, sources));
		}
	}

	private void checkSource(CitationData citation, Set<String> sources) {
		checkRef(citation.source(), sources, "source", "the files in data/sources/");
	}

	private void checkRef(Ref ref, Set<String> ids, String what, String where) {
		if (!ids.contains(ref.id())) {
			problem(ref.spot(), "unknown " + what + " '" + ref.id() + "'; " + what + "s are " + where);
		}
	}

	private <T> Set<String> unique(List<T> records, Function<T, String> id, Function<T, Spot> spot, String what) {
		Map<String, Spot> seen = new HashMap<>();
		for (T record : records) {
			if (id.apply(record) != null) {
				claimId(seen, id.apply(record), spot.apply(record), what);
			}
		}
		return new HashSet<>(seen.keySet());
	}

	private void claimId(Map<String, Spot> seen, String id, Spot spot, String what) {
		if (id == null) {
			return;
		}
		Spot first = seen.putIfAbsent(id, spot);
		if (first != null) {
			problem(spot, "duplicate " + what + " '" + id + "', already used at " + first.file() + ":" + first.line()
					+ "; ids are unique and never reused");
		}
	}

	private void problem(Spot spot, String message) {
		this.problems.add(new Problem(spot, message));
	}

}
