package org.sinosoviet.timeline.dataset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntFunction;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.sinosoviet.timeline.event.Claim;
import org.sinosoviet.timeline.event.Event;
import org.sinosoviet.timeline.source.Citation;
import org.sinosoviet.timeline.source.Source;
import org.sinosoviet.timeline.taxonomy.AlternativeName;
import org.sinosoviet.timeline.taxonomy.Period;
import org.sinosoviet.timeline.taxonomy.PeriodScheme;
import org.sinosoviet.timeline.taxonomy.Theme;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The data check knows every limit of the database mapping: a dataset whose every text is
 * exactly as long as its column allows is stored without error, and one character more in
 * any of them is a {@code file:line:col} problem naming the field.
 */
@DataJpaTest
class ColumnLimitsTests {

	@TempDir
	Path temp;

	@Autowired
	EntityManager entityManager;

	@Test
	void readsLengthsAndNullabilityFromTheMapping() {
		assertThat(ColumnLimits.of(Event.class, "title")).isEqualTo(new ColumnLimits.Limit(255, true));
		assertThat(ColumnLimits.of(Event.class, "summary")).isEqualTo(new ColumnLimits.Limit(4000, true));
		assertThat(ColumnLimits.of(Event.class, "significance")).isEqualTo(new ColumnLimits.Limit(4000, false));
		assertThat(ColumnLimits.of(Event.class, "aliases")).isEqualTo(new ColumnLimits.Limit(255, true));
		assertThat(ColumnLimits.of(Event.class, "id")).isEqualTo(new ColumnLimits.Limit(255, true));
		assertThat(ColumnLimits.of(Source.class, "authors")).isEqualTo(new ColumnLimits.Limit(255, true));
		assertThat(ColumnLimits.of(Citation.class, "locator")).isEqualTo(new ColumnLimits.Limit(1000, false));
		// Inherited from NamedRecord.
		assertThat(ColumnLimits.of(org.sinosoviet.timeline.taxonomy.Actor.class, "description"))
			.isEqualTo(new ColumnLimits.Limit(2000, false));
		// Not text: no limit to check.
		assertThat(ColumnLimits.of(Event.class, "themes")).isNull();
		assertThat(ColumnLimits.of(Event.class, "date")).isNull();
		assertThat(ColumnLimits.of(Event.class, "nothing")).isNull();
	}

	@Test
	void storesEveryTextAtItsLongest() throws IOException {
		Path directory = write(this.temp.resolve("longest"), (length) -> "x".repeat(length));
		DatasetLoader.Checked checked = DatasetLoader.check(directory);
		assertThat(checked.problems()).isEmpty();
		new DatasetStore(this.entityManager).store(checked.dataset());
		this.entityManager.clear();
		Event event = this.entityManager.find(Event.class, "1950-02-14-treaty");
		assertThat(event.getSummary()).hasSize(4000);
		assertThat(event.getClaims().get(0).getCitations().get(0).getLocator()).hasSize(1000);
		assertThat(this.entityManager.find(Source.class, "reference-a").getReliability()).hasSize(4000);
	}

	@Test
	void reportsEveryTextOneCharacterTooLong() throws IOException {
		Path directory = write(this.temp.resolve("too-long"), (length) -> "x".repeat(length + 1));
		List<String> problems = DatasetLoader.check(directory)
			.problems()
			.stream()
			.map(Problem::toString)
			.map((problem) -> problem.substring(directory.toString().length() + 1))
			.toList();
		assertThat(problems).allSatisfy((problem) -> assertThat(problem).contains(" characters long, but at most "));
		assertThat(problems)
			.anySatisfy((problem) -> assertThat(problem).startsWith("sources/reference-a.yaml:3:8: title:"))
			.anySatisfy((problem) -> assertThat(problem).startsWith("sources/reference-a.yaml:4:11: authors[0]:"))
			.anySatisfy((problem) -> assertThat(problem).startsWith("themes.yaml:3:16: [0].description:"))
			.anySatisfy((problem) -> assertThat(problem).startsWith("actors.yaml:5:19: [0].names[0].name:"))
			.anySatisfy((problem) -> assertThat(problem).startsWith("periods.yaml:8:20: [0].periods[0].description:"))
			.anySatisfy((problem) -> assertThat(problem).startsWith("events/1950/1950-02-14-treaty.yaml:2:8: title:"))
			.anySatisfy((problem) -> assertThat(problem)
				.startsWith("events/1950/1950-02-14-treaty.yaml:14:11: claims[0].text:"))
			.anySatisfy((problem) -> assertThat(problem)
				.startsWith("events/1950/1950-02-14-treaty.yaml:18:18: claims[0].citations[0].locator:"));
		// One problem per text field written below, and nothing else.
		assertThat(problems).hasSize(TEXT_FIELDS);
	}

	/** How many text fields {@link #write} fills to their limit. */
	static final int TEXT_FIELDS = 32;

	/**
	 * A small dataset in which every text field is {@code text.apply(limit)}, the limit
	 * read from the mapping.
	 */
	private static Path write(Path directory, IntFunction<String> text) throws IOException {
		Files.createDirectories(directory.resolve("sources"));
		Files.createDirectories(directory.resolve("events/1950"));
		Files.writeString(directory.resolve("sources/reference-a.yaml"),
				"""
						id: reference-a
						type: reference-work
						title: %s
						authors: [%s]
						container: %s
						publisher: %s
						volume: %s
						issue: %s
						pages: %s
						isbn: %s
						reliability: %s
						""".formatted(text(text, Source.class, "title"), text(text, Source.class, "authors"),
						text(text, Source.class, "container"), text(text, Source.class, "publisher"),
						text(text, Source.class, "volume"), text(text, Source.class, "issue"),
						text(text, Source.class, "pages"), text(text, Source.class, "isbn"),
						text(text, Source.class, "reliability")));
		Files.writeString(directory.resolve("themes.yaml"), """
				- id: alliance
				  title: %s
				  description: %s
				""".formatted(text(text, Theme.class, "title"), text(text, Theme.class, "description")));
		Files.writeString(directory.resolve("actors.yaml"),
				"""
						- id: mao-zedong
						  name: %s
						  kind: person
						  description: %s
						  names: [{ name: %s, lang: zh-Hans, note: %s }]
						""".formatted(text(text, org.sinosoviet.timeline.taxonomy.Actor.class, "name"),
						text(text, org.sinosoviet.timeline.taxonomy.Actor.class, "description"),
						text(text, AlternativeName.class, "name"), text(text, AlternativeName.class, "note")));
		Files.writeString(directory.resolve("places.yaml"), """
				- id: moscow
				  name: %s
				  kind: city
				  description: %s
				""".formatted(text(text, org.sinosoviet.timeline.taxonomy.Place.class, "name"),
				text(text, org.sinosoviet.timeline.taxonomy.Place.class, "description")));
		Files.writeString(directory.resolve("periods.yaml"),
				"""
						- id: default
						  title: %s
						  default: true
						  description: %s
						  citations: [{ source: reference-a, locator: %s }]
						  periods:
						    - id: alliance
						      description: %s
						      title: %s
						      start: "1949"
						      end: "1976"
						""".formatted(text(text, PeriodScheme.class, "title"),
						text(text, PeriodScheme.class, "description"), text(text, Citation.class, "locator"),
						text(text, Period.class, "description"), text(text, Period.class, "title")));
		Files.writeString(directory.resolve("events/1950/1950-02-14-treaty.yaml"),
				"""
						id: 1950-02-14-treaty
						title: %s
						date: "1950-02-14"
						period: alliance
						themes: [alliance]
						actors: [mao-zedong]
						places: [moscow]
						summary: %s
						significance: %s
						claims:
						  - id: %s
						    rank: preferred
						    reason: %s
						    text: %s
						    dispute: %s
						    citations:
						      - source: reference-a
						        locator: %s
						  - id: other
						    text: %s
						    dispute: %s
						    citations: [{ source: reference-a }]
						importance: 2
						""".formatted(text(text, Event.class, "title"), text(text, Event.class, "summary"),
						text(text, Event.class, "significance"), id(text, Claim.class, "claimId"),
						text(text, Claim.class, "reason"), text(text, Claim.class, "text"),
						id(text, Claim.class, "dispute"), text(text, Citation.class, "locator"),
						text(text, Claim.class, "text"), id(text, Claim.class, "dispute")));
		return directory;
	}

	private static String text(IntFunction<String> text, Class<?> type, String field) {
		return text.apply(ColumnLimits.of(type, field).length());
	}

	/** Ids are lowercase letters and digits: a run of 'x' is one. */
	private static String id(IntFunction<String> text, Class<?> type, String field) {
		return text(text, type, field);
	}

}
