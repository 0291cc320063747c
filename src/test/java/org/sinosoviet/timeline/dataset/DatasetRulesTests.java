package org.sinosoviet.timeline.dataset;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One small fixture dataset per validation rule: each must give exactly the one problem
 * it plants, at the right file, line and field.
 */
class DatasetRulesTests {

	@TempDir
	Path temp;

	@Test
	void acceptsTheValidFixture() {
		DatasetLoader.Checked checked = DatasetLoader.check(DatasetFixtures.valid());
		assertThat(checked.problems()).isEmpty();
		assertThat(checked.dataset().events()).hasSize(3);
		assertThat(checked.dataset().sources()).hasSize(2);
		assertThat(DatasetLoader.disputes(checked.dataset())).isEqualTo(1);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			textBlock = """
					misspelled-key             | events/1950/1950-02-14-treaty.yaml:8:1: sumary: unknown key 'sumary'; did you mean 'summary'? (summary is required)
					duplicate-key              | events/1950/1950-02-14-treaty.yaml:9:1: title: duplicate key 'title' (first written at line 2)
					wrong-type                 | events/1950/1950-02-14-treaty.yaml:5:9: themes: expected a list of ids, such as [border, ideology] but found the text 'alliance'
					unquoted-date              | events/1950/1950-02-14-treaty.yaml:3:7: date: expected a date in quotes
					malformed-date             | events/1950/1950-02-14-treaty.yaml:3:7: date: '14/02/1950' is not a valid date
					unknown-theme              | events/1950/1950-02-14-treaty.yaml:5:10: themes[0]: unknown theme 'aliance'; themes are the ids in data/themes.yaml
					unknown-period             | events/1950/1950-02-14-treaty.yaml:4:9: period: unknown period 'honeymoon'; use a period of the default scheme
					unknown-source             | events/1950/1950-02-14-treaty.yaml:16:17: claims[0].citations[0].source: unknown source 'zubok-2070'; sources are the files in data/sources/
					unknown-actor              | events/1950/1950-02-14-treaty.yaml:6:22: actors[1]: unknown actor 'joseph-stalin'; actors are the ids in data/actors.yaml
					unknown-place              | events/1950/1950-02-14-treaty.yaml:7:10: places[0]: unknown place 'beijing'
					unknown-related            | events/1950/1950-02-14-treaty.yaml:11:11: related[0]: unknown event '1969-03-15-zhenbao'
					duplicate-id               | actors.yaml:13:3: [2]: duplicate actor 'mao-zedong'
					duplicate-alias            | events/1969/1969-03-02-zhenbao.yaml:7:11: aliases[0]: duplicate event id or alias '1950-treaty', already used at
					alias-is-live-id           | events/1969/1969-03-02-zhenbao.yaml:7:11: aliases[0]: duplicate event id or alias '1950-02-14-treaty', already used at
					file-name-not-id           | events/1950/1950-02-14-the-treaty.yaml:1:1: id: id '1950-02-14-a-treaty' does not match the file name '1950-02-14-the-treaty.yaml'
					wrong-year-folder          | events/1951/1950-02-15-later.yaml:3:1: date: the event starts in 1950 but its file is in events/1951/; move it to events/1950/
					invalid-id                 | sources/Bad_Source.yaml:1:5: id: 'Bad_Source' is not a valid id
					event-without-claim        | events/1950/1950-02-14-treaty.yaml:1:1: claims: is missing; add a list of claims
					claim-without-citation     | events/1950/1950-02-14-treaty.yaml:13:5: claims[0].citations: is missing; add a list of citations
					outside-range              | events/1947/1947-01-01-early.yaml:3:1: date: '1947' is outside 1949–1976; if this is background, add context: true
					context-inside-range       | events/1950/1950-02-14-treaty.yaml:4:1: context: context: true is only for background events outside 1949–1976
					deprecated-without-reason  | events/1969/1969-03-02-zhenbao.yaml:18:5: claims[1].rank: a deprecated claim needs a reason
					preferred-without-reason   | events/1969/1969-03-02-zhenbao.yaml:11:5: claims[0].rank: a preferred claim needs a reason
					deprecated-without-dispute | events/1969/1969-03-02-zhenbao.yaml:18:5: claims[1].rank: a deprecated claim needs a dispute key
					lone-dispute               | events/1950/1950-02-14-treaty.yaml:12:1: claims: dispute 'signing' (claims[0]) has only one claim
					all-deprecated             | events/1969/1969-03-02-zhenbao.yaml:8:1: claims: every claim in dispute 'date' is deprecated
					duplicate-claim-id         | events/1969/1969-03-02-zhenbao.yaml:16:5: claims[1].id: claim id 'date-preferred' is used twice in this event
					unknown-rank               | events/1969/1969-03-02-zhenbao.yaml:11:11: claims[0].rank: unknown value 'best'; use one of preferred, normal, deprecated
					outside-period             | events/1950/1950-02-14-treaty.yaml:4:9: period: the event's date 1950-02-14 falls outside period 'confrontation'
					no-default-scheme          | periods.yaml:1:3: [0].default: no period scheme is the default
					url-without-accessed       | sources/reference-a.yaml:5:1: url: a web address needs the day you read it
					unknown-kind               | sources/reference-a.yaml:3:7: kind: unknown value 'encyclopaedia-entry'; use one of journal-article, magazine-article, newspaper-article, book, chapter, book-review, encyclopedia-entry, web-page, document, report, thesis
					container-names-the-copy   | sources/reference-a.yaml:4:1: container: 'An encyclopedia (test mirror copy)' speaks of the copy read; give the journal, book or site only, and move the rest to note:
					author-with-two-commas     | sources/reference-a.yaml:4:1: authors: 'Bureau of Arms Control, Verification, and Compliance' has more than one comma
					unmatched-braces           | sources/reference-a.yaml:4:1: editors: '{Office of the Historian, Department of State' has unmatched braces
					invalid-yaml               | events/1950/1950-02-14-treaty.yaml:3:5: this is not valid YAML
					empty-file                 | sources/empty.yaml:1:1: the file is empty
					summary-too-long           | events/1950/1950-02-14-treaty.yaml:8:10: summary: is 5000 characters long, but at most 4000 fit; shorten it
					verdict-missing            | events/1969/1969-03-02-zhenbao.yaml:16:5: claims[1].verdict: a statement citing only founding documents needs a verdict
					verdict-without-founding   | events/1969/1969-03-02-zhenbao.yaml:9:5: claims[0].verdict: a verdict is for statements of the founding documents
					contradicted-without-correction | events/1969/1969-03-02-zhenbao.yaml:14:5: claims[1].verdict: a contradicted statement needs its correction beside it
					corroborated-without-source | events/1969/1969-03-02-zhenbao.yaml:25:5: claims[2].verdict: a corroborated verdict needs the independent source
					unverified-without-reason  | events/1969/1969-03-02-zhenbao.yaml:27:5: claims[2].verdict: an unverified verdict needs a reason
					contradicted-not-deprecated | events/1969/1969-03-02-zhenbao.yaml:27:5: claims[2].verdict: a contradicted statement is shown as deprecated
					importance-missing         | events/1950/1950-02-14-treaty.yaml:1:1: importance: is missing; add an importance of 1 (a turning point), 2 (significant) or 3 (detail or background)
					importance-out-of-range    | events/1950/1950-02-14-treaty.yaml:19:13: importance: expected an importance of 1 (a turning point)
					key-event-without-why      | events/1950/1950-02-14-treaty.yaml:1:1: importance: a turning point (importance 1) needs a claim saying why it mattered
					yaml-alias                 | events/1950/1950-02-14-treaty.yaml:8:10: summary: '*title' is a YAML alias; write the value out in full
					control-character          | events/1950/1950-02-14-treaty.yaml:8:24: the character U+0007 is not allowed in YAML; delete it
					escaped-control-character  | events/1950/1950-02-14-treaty.yaml:8:10: summary: holds the control character U+0007, which no page can show
					tab-indentation            | events/1950/1950-02-14-treaty.yaml:14:1: this is not valid YAML: a tab here; YAML indents with spaces only
					nesting-too-deep           | events/1950/1950-02-14-treaty.yaml:5:509: the values are nested too deep, more than 500 lists or mappings
					not-utf8                   | events/1950/1950-02-14-treaty.yaml:14:43: the file is not valid UTF-8: the byte 0xE9 here is not part of a character
					title-too-long             | events/1950/1950-02-14-treaty.yaml:2:8: title: is 300 characters long, but at most 255 fit; shorten it
					latitude-out-of-range      | places.yaml:13:17: [1].coordinates[0]: the latitude 146.48556 is outside -90 to 90
					longitude-out-of-range     | places.yaml:13:27: [1].coordinates[1]: the longitude -233.84444 is outside -180 to 180
					coordinates-not-a-point    | places.yaml:13:16: [1].coordinates: expected two numbers [latitude, longitude] in decimal degrees but found 1
					coordinates-as-text        | places.yaml:13:17: [1].coordinates[0]: expected the latitude in decimal degrees but found the text
					coordinates-without-source | places.yaml:13:3: [1].coordinates: has no coordinates-source; add the source you read them in
					coordinates-unknown-source | places.yaml:14:33: [1].coordinates-source.source: unknown source 'atlas-2099'; sources are the files in data/sources/
					coordinates-source-without-coordinates | places.yaml:13:3: [1].coordinates-source: cites a source for coordinates that are not there
					coordinates-source-misspelled | places.yaml:14:46: [1].coordinates-source.locater: unknown key 'locater'; did you mean 'locator'?
					outline-unknown-feature    | places.yaml:15:72: [1].outline.features[1]: the map carries no feature 'Atlantis' of natural-earth-50m-countries; use one of Angola, Cuba, Dem. Rep. Congo, Mongolia, North Korea, South Korea, Taiwan, or add it to OUTLINED in src/map/build-map.mjs and run it
					outline-on-a-city          | places.yaml:6:3: [0].outline: a city is drawn as a point; outlines are for a country, region, island
					outline-unknown-dataset    | places.yaml:15:22: [1].outline.source: the map carries no shapes from 'atlas-2099'; outlines come from natural-earth-50m-countries
					outline-source-not-described | places.yaml:15:22: [1].outline.source: unknown source 'natural-earth-50m-countries'; sources are the files in data/sources/ (add one describing the dataset)
					""")
	void reportsThePlantedProblem(String rule, String expected) {
		Path directory = DatasetFixtures.withRule(rule, this.temp);
		List<Problem> problems = DatasetLoader.check(directory).problems();
		assertThat(problems).map(Problem::toString).singleElement().asString().startsWith(directory + "/" + expected);
	}

	@Test
	void reportsLinksThatLeadNowhereOrLoop() throws IOException {
		Path directory = validCopy();
		Files.createSymbolicLink(directory.resolve("sources/gone.yaml"), Path.of("missing.yaml"));
		Files.createSymbolicLink(directory.resolve("events/1950/loop"), Path.of(".."));
		assertThat(DatasetLoader.check(directory).problems()).map(Problem::toString)
			.containsExactlyInAnyOrder(
					directory + "/events/1950/loop:1:1: the link leads back to a folder that holds it; "
							+ "delete the link",
					directory + "/sources/gone.yaml:1:1: the link leads to no file (its target is "
							+ "missing, a loop or not a file); fix or delete it");
	}

	@Test
	void readsRecordsThroughLinks() throws IOException {
		Path directory = validCopy();
		Path moved = Files.move(directory.resolve("sources"), this.temp.resolve("shared-sources"));
		Files.createSymbolicLink(directory.resolve("sources"), moved);
		assertThat(DatasetLoader.check(directory).problems()).isEmpty();
	}

	@Test
	void refusesAFileTooLargeBeforeParsingIt() throws IOException {
		Path directory = validCopy();
		Files.writeString(directory.resolve("sources/huge.yaml"), "title: " + "x".repeat(YamlFile.MAX_BYTES) + "\n");
		assertThat(DatasetLoader.check(directory).problems()).map(Problem::toString)
			.singleElement()
			.asString()
			.startsWith(directory + "/sources/huge.yaml:1:1: the file is larger than 1 MB");
	}

	@Test
	void asksForUtf8InsteadOfUtf16() throws IOException {
		Path directory = validCopy();
		Path source = directory.resolve("sources/reference-c.yaml");
		Files.write(source, "\uFEFFid: reference-c\n".getBytes(StandardCharsets.UTF_16LE));
		assertThat(DatasetLoader.check(directory).problems()).map(Problem::toString)
			.containsExactly(source + ":1:1: the file is saved as UTF-16; save it as UTF-8");
	}

	@Test
	void saysWhichPathIsAFolderOrAFile() throws IOException {
		Path directory = validCopy();
		Files.delete(directory.resolve("themes.yaml"));
		Files.createDirectory(directory.resolve("themes.yaml"));
		assertThat(DatasetLoader.check(directory).problems()).map(Problem::toString)
			.contains(directory + "/themes.yaml:1:1: is a folder, but it should be a file; see data/README.md");
		assertThat(DatasetLoader.check(directory.resolve("periods.yaml")).problems()).map(Problem::toString)
			.containsExactly(directory + "/periods.yaml:1:1: is a file, not the data directory; run from the "
					+ "project folder or set --timeline.data-dir");
	}

	@Test
	void quotesLongAndInvisibleValuesShortAndOnOneLine() {
		assertThat(Problem.quote("x".repeat(100))).isEqualTo("'" + "x".repeat(60) + "…' (100 characters)");
		Problem problem = new Problem(new Spot("a.yaml", 1, 2, "title"),
				"unknown value " + Problem.quote("a\nb\u0007c"));
		assertThat(problem).hasToString("a.yaml:1:2: title: unknown value 'a\\nb\\u0007c'");
	}

	private Path validCopy() {
		Path directory = this.temp.resolve("data");
		DatasetFixtures.copy(DatasetFixtures.valid(), directory);
		return directory;
	}

}
