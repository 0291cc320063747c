package org.sinosoviet.timeline.dataset;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.sinosoviet.timeline.dataset.DatasetRecords.CitationData;
import org.sinosoviet.timeline.dataset.DatasetRecords.Dataset;
import org.sinosoviet.timeline.dataset.DatasetRecords.EventData;
import org.sinosoviet.timeline.dataset.YamlRecord.Ref;
import org.sinosoviet.timeline.event.ClaimRank;

/**
 * Coverage figures for curators: events per year and theme, claims per event, how many
 * events rest on more than the project's founding documents, disputes, and sources that
 * nothing cites.
 *
 * @param events events within 1949–1976
 * @param contextEvents background events outside it
 * @param perYear events per year, 1949–1976
 * @param perTheme events per theme
 * @param claims all claims
 * @param claimsPerEvent the smallest, median and largest number of claims of an event
 * @param independentlySourced events citing at least one source besides the founding
 * documents
 * @param disputes groups of competing claims
 * @param deprecated deprecated claims
 * @param sources all sources
 * @param uncited sources that no claim, period or place's coordinates cite
 */
record DatasetReport(int events, int contextEvents, Map<Integer, Integer> perYear, Map<String, Integer> perTheme,
		int claims, int[] claimsPerEvent, int independentlySourced, long disputes, long deprecated, int sources,
		List<String> uncited) {

	/**
	 * The five documents the project was created from (the paper's two copies are one
	 * source).
	 */
	static final Set<String> FOUNDING_DOCUMENTS = Set.of("fu-2023", "flashcards-sino-soviet", "revision-cards-1949-76",
			"clever-lili-1949-62");

	static DatasetReport of(Dataset dataset) {
		List<EventData> inRange = dataset.events().stream().filter((event) -> !event.context()).toList();
		Map<Integer, Integer> perYear = new TreeMap<>();
		for (int year = 1949; year <= 1976; year++) {
			perYear.put(year, 0);
		}
		inRange.forEach((event) -> perYear.merge(event.date().earliest().getYear(), 1, Integer::sum));
		Map<String, Integer> perTheme = new TreeMap<>();
		dataset.themes().forEach((theme) -> perTheme.put(theme.id(), 0));
		dataset.events()
			.forEach((event) -> event.themes().forEach((theme) -> perTheme.merge(theme.id(), 1, Integer::sum)));
		int[] counts = dataset.events().stream().mapToInt((event) -> event.claims().size()).sorted().toArray();
		int[] claimsPerEvent = (counts.length == 0) ? new int[3]
				: new int[] { counts[0], counts[counts.length / 2], counts[counts.length - 1] };
		int independent = (int) dataset.events()
			.stream()
			.filter((event) -> citedSources(event).stream().anyMatch((id) -> !FOUNDING_DOCUMENTS.contains(id)))
			.count();
		Set<String> cited = dataset.events()
			.stream()
			.flatMap((event) -> citedSources(event).stream())
			.collect(Collectors.toSet());
		dataset.schemes().forEach((scheme) -> {
			scheme.citations().forEach((citation) -> cited.add(citation.source().id()));
			scheme.periods()
				.forEach((period) -> period.citations().forEach((citation) -> cited.add(citation.source().id())));
		});
		dataset.coordinates().forEach((located) -> cited.add(located.source().source().id()));
		dataset.outlines().forEach((outline) -> cited.add(outline.source().id()));
		List<String> uncited = dataset.sources()
			.stream()
			.map(DatasetRecords.Located::id)
			.filter((id) -> !cited.contains(id))
			.sorted()
			.toList();
		long deprecated = dataset.events()
			.stream()
			.flatMap((event) -> event.claims().stream())
			.filter((claim) -> claim.rank() == ClaimRank.DEPRECATED)
			.count();
		return new DatasetReport(inRange.size(), dataset.events().size() - inRange.size(), perYear, perTheme,
				counts.length == 0 ? 0 : java.util.Arrays.stream(counts).sum(), claimsPerEvent, independent,
				DatasetLoader.disputes(dataset), deprecated, dataset.sources().size(), uncited);
	}

	private static Set<String> citedSources(EventData event) {
		return event.claims()
			.stream()
			.flatMap((claim) -> claim.citations().stream())
			.map(CitationData::source)
			.map(Ref::id)
			.collect(Collectors.toSet());
	}

	int fewestPerYear() {
		return this.perYear.values().stream().mapToInt(Integer::intValue).min().orElse(0);
	}

	double independentShare() {
		int all = this.events + this.contextEvents;
		return (all == 0) ? 0 : (double) this.independentlySourced / all;
	}

	@Override
	public String toString() {
		StringBuilder text = new StringBuilder("Dataset coverage\n");
		text.append(String.format("  events: %d within 1949–1976, %d background%n", this.events, this.contextEvents));
		text.append("  events per year:\n");
		this.perYear
			.forEach((year, count) -> text.append(String.format("    %d %3d %s%n", year, count, "#".repeat(count))));
		text.append("  events per theme:\n");
		this.perTheme.forEach((theme, count) -> text.append(String.format("    %-15s %3d%n", theme, count)));
		text.append(String.format("  claims: %d; per event: min %d, median %d, max %d%n", this.claims,
				this.claimsPerEvent[0], this.claimsPerEvent[1], this.claimsPerEvent[2]));
		text.append(String.format("  events citing a source besides the founding documents: %d of %d (%.1f%%)%n",
				this.independentlySourced, this.events + this.contextEvents, 100 * independentShare()));
		text.append(String.format("  disputes: %d (deprecated claims: %d)%n", this.disputes, this.deprecated));
		text.append(String.format("  sources: %d; never cited: %s%n", this.sources,
				this.uncited.isEmpty() ? "none" : String.join(", ", this.uncited)));
		return text.toString();
	}

}
