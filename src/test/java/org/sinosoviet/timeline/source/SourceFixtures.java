package org.sinosoviet.timeline.source;

import java.time.LocalDate;
import java.util.List;

import org.sinosoviet.timeline.date.HistoricalDate;

/**
 * Source views for the controller slices, shaped like the {@code dataset/api} fixture's
 * sources.
 */
final class SourceFixtures {

	private SourceFixtures() {
	}

	static SourceView monograph() {
		Source source = new Source("source-c", SourceType.SCHOLARSHIP, "A fixture monograph");
		source.setAuthors(List.of("Fixture, Author"));
		source.setPublisher("Fixture Press");
		source.setDate(HistoricalDate.parse("2001"));
		source.setCitedBy(4, List.of("1956-02-25-secret-speech", "1958-radio-station", "1958-07-31-beijing-talks",
				"1960-07-experts-recalled"));
		return SourceView.of(source);
	}

	static SourceView reference() {
		Source source = new Source("reference-a", SourceType.REFERENCE_WORK, "A reference article");
		source.setContainer("An encyclopedia");
		source.setUrl("https://example.org/reference-a");
		source.setAccessed(LocalDate.of(2026, 11, 22));
		source.setCitedBy(1, List.of("1969-03-02-zhenbao"));
		return SourceView.of(source);
	}

	static SourceView cards() {
		Source source = new Source("document-b", SourceType.TEXTBOOK, "Revision cards");
		source.setReliability("Contains errors.");
		source.setCitedBy(1, List.of("1959-06-nuclear-aid"));
		return SourceView.of(source);
	}

	static SourceView secondMonograph() {
		return SourceView.of(new Source("source-d", SourceType.SCHOLARSHIP, "A second monograph"));
	}

}
