package org.sinosoviet.timeline.citation;

import java.time.LocalDate;
import java.util.List;

import org.sinosoviet.timeline.event.EventDetail;
import org.sinosoviet.timeline.event.Views.ClaimView;
import org.sinosoviet.timeline.event.Views.Ref;
import org.sinosoviet.timeline.source.CitationView;
import org.sinosoviet.timeline.source.SourceView;
import org.sinosoviet.timeline.taxonomy.NameView;
import org.sinosoviet.timeline.taxonomy.NamedView;

/**
 * Records for the unit tests, shaped like the curated data.
 */
final class Fixtures {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

	private Fixtures() {
	}

	static EventDetail zhenbao() {
		return new EventDetail("1969-03-02-zhenbao-island-clash", "Clash on Zhenbao (Damansky) Island", "1969-03-02",
				LocalDate.of(1969, 3, 2), LocalDate.of(1969, 3, 2), "day", "2 March 1969", false, false, false, true,
				new Ref("confrontation", "Confrontation"), List.of(new Ref("border", "Border talks and clashes")),
				List.of(new NamedView("mao-zedong", "Mao Zedong", "person", "Chairman",
						List.of(new NameView("毛泽东", "zh", null)), 3)),
				List.of(new NamedView("zhenbao-island", "Zhenbao Island", "island", "In the Ussuri",
						List.of(new NameView("Даманский", "ru", null)), 2)),
				"Chinese & Soviet troops fought on an island </script><script>alert(1)</script>.",
				"It led to the war scare of 1969.",
				List.of(new ClaimView("date", "The first clash was on 2 March 1969.", "preferred", "Agrees.", "date",
						null, List.of(new CitationView("fu-2023", "Sino-Soviet Relations", "p. 157"))),
						new ClaimView("date-cards", "The clashes were in 1960-63.", "deprecated", "Wrong.", "date",
								"contradicted", List.of(new CitationView("nyt-1995", "News, 1995", null)))),
				List.of("1969-zhenbao"), null, null, List.of(), "/events/1969-03-02-zhenbao-island-clash", 1);
	}

	static SourceView article() {
		return new SourceView("fu-2023", "scholarship", "Scholarship", "journal-article",
				"Sino-Soviet Relations in the Early 1950s - Late 1960s: 50% {more} & $less_#", List.of("Fu, Tingchen"),
				List.of(), List.of(), "Lecture Notes in Education Psychology and Public Media", null, "EWA Publishing",
				"25", null, "155-159", "2023-11-28", "https://doi.org/10.54254/2753-7048/25/20230689",
				"10.54254/2753-7048/25/20230689", null, LocalDate.of(2026, 11, 22), "Known errors.", true, 3,
				List.of());
	}

	static SourceView newspaper() {
		return new SourceView("nyt-1995", "primary-document", "Primary documents", "newspaper-article", "News, 1995",
				List.of("New York Times News Service", "Whitaker, Raymond"), List.of(),
				List.of("New York Times News Service"), "Chicago Tribune", "OCR copy", null, null, null, null,
				"1958-08~", null, null, null, null, null, false, 1, List.of());
	}

	static SourceView corporate() {
		return new SourceView("state-gov-test-ban", "web-page", "Web pages", "web-page",
				"Treaty Banning Nuclear Weapon Tests in the Atmosphere, in Outer Space, and Under Water",
				List.of("Bureau of Arms Control, Verification, and Compliance"), List.of(),
				List.of("Bureau of Arms Control, Verification, and Compliance"), "U.S. Department of State", null, null,
				null, null, null, null, "https://www.state.gov/t/isn/4797.htm", null, null, LocalDate.of(2026, 11, 22),
				null, false, 1, List.of());
	}

	static SourceView editedBook() {
		return new SourceView("westad-brothers-in-arms", "scholarship", "Scholarship", "book",
				"Brothers in Arms: The Rise and Fall of the Sino-Soviet Alliance, 1945-1963", List.of(),
				List.of("Westad, Odd Arne"), List.of(), null, null, "Woodrow Wilson Center Press", null, null, null,
				null, null, null, null, null, null, false, 1, List.of());
	}

	static SourceView chapter() {
		return new SourceView("altehenger-2015", "scholarship", "Scholarship", "chapter",
				"Social Imperialism and Mao's Three Worlds", List.of("Altehenger, Jennifer"),
				List.of("Hammersley, Rachel"), List.of(), "Revolutionary Moments: Reading Revolutionary Texts", null,
				"Bloomsbury Academic", null, null, "175-182", "2015", null, null, null, null, null, false, 1,
				List.of());
	}

}
