package org.sinosoviet.timeline.taxonomy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.sinosoviet.timeline.source.CitationView;
import org.sinosoviet.timeline.web.WebSliceConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.contains;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The vocabularies as JSON: the service's records in its order, each with its count.
 */
@WebMvcTest(TaxonomyApiController.class)
@Import(WebSliceConfiguration.class)
class TaxonomyApiControllerTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	TaxonomyService taxonomy;

	@Test
	void periodsComeInTheirSchemesWithDaysAndCounts() throws Exception {
		PeriodView alliance = new PeriodView("alliance", "default", "Forging the alliance", "1949", "1953-03",
				LocalDate.of(1949, 1, 1), LocalDate.of(1953, 3, 31), "1949 – March 1953", "From the founding.",
				List.of(), 2);
		PeriodView crisis = new PeriodView("other-crisis", "other-scheme", "The crisis year", "1958-08", "1959-09",
				LocalDate.of(1958, 8, 1), LocalDate.of(1959, 9, 30), "August 1958 – September 1959",
				"From the shelling.", List.of(), 4);
		given(this.taxonomy.schemes()).willReturn(List.of(
				new SchemeView("default", "Default periods", "Three periods.", true,
						List.of(new CitationView("reference-a", "A reference article", null)), List.of(alliance)),
				new SchemeView("other-scheme", "Another source's periods", "A card's.", false,
						List.of(new CitationView("document-b", "Revision cards", "card 1 of 7")), List.of(crisis))));
		this.mvc.perform(get("/api/periods"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$[*].id").value(contains("default", "other-scheme")))
			.andExpect(jsonPath("$[0].isDefault").value(true))
			.andExpect(jsonPath("$[1].isDefault").value(false))
			.andExpect(jsonPath("$[0].citations[0].source").value("reference-a"))
			.andExpect(jsonPath("$[1].citations[0].locator").value("card 1 of 7"))
			.andExpect(jsonPath("$[0].periods[0].id").value("alliance"))
			.andExpect(jsonPath("$[0].periods[0].events").value(2))
			.andExpect(jsonPath("$[1].periods[0].scheme").value("other-scheme"))
			.andExpect(jsonPath("$[1].periods[0].start").value("1958-08"))
			.andExpect(jsonPath("$[1].periods[0].firstDay").value("1958-08-01"))
			.andExpect(jsonPath("$[1].periods[0].lastDay").value("1959-09-30"))
			.andExpect(jsonPath("$[1].periods[0].displayRange").value("August 1958 – September 1959"))
			.andExpect(jsonPath("$[1].periods[0].events").value(4));
	}

	@Test
	void themesComeWithTheirCounts() throws Exception {
		given(this.taxonomy.themes()).willReturn(
				List.of(new ThemeView("alliance", "Alliance and treaties", "Formal bonds between the two states.", 3),
						new ThemeView("border", "Border talks and clashes", "The disputed frontier.", 1)));
		this.mvc.perform(get("/api/themes"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].id").value(contains("alliance", "border")))
			.andExpect(jsonPath("$[*].events").value(contains(3, 1)))
			.andExpect(jsonPath("$[1].title").value("Border talks and clashes"))
			.andExpect(jsonPath("$[1].description").value("The disputed frontier."));
	}

	@Test
	void actorsComeWithAllTheirNames() throws Exception {
		given(this.taxonomy.actors()).willReturn(List.of(new NamedView("nikita-khrushchev", "Nikita Khrushchev",
				"person", null,
				List.of(new NameView("Никита Хрущёв", "ru", null), new NameView("Хрущёв", "ru", "family name")), 4)));
		this.mvc.perform(get("/api/actors"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].id").value("nikita-khrushchev"))
			.andExpect(jsonPath("$[0].kind").value("person"))
			.andExpect(jsonPath("$[0].events").value(4))
			.andExpect(jsonPath("$[0].names[*].name").value(contains("Никита Хрущёв", "Хрущёв")))
			.andExpect(jsonPath("$[0].names[1].lang").value("ru"))
			.andExpect(jsonPath("$[0].names[1].note").value("family name"));
	}

	@Test
	void placesComeWithAllTheirNamesAndTheirCoordinatesWithTheirSource() throws Exception {
		given(this.taxonomy.placeViews()).willReturn(List.of(
				new PlaceView("beijing", "Beijing", "city", null,
						List.of(new NameView("北京", "zh-Hans", null),
								new NameView("Peking", "zh-Latn", "postal romanization")),
						2, null, null, List.of(), List.of(), List.of()),
				new PlaceView("zhenbao-island", "Zhenbao Island", "island", null,
						List.of(new NameView("остров Даманский", "ru", null)), 1, 46.48556, 133.84444,
						List.of(new CitationView("reference-a", "A reference article", "infobox")), List.of(),
						List.of())));
		this.mvc.perform(get("/api/places"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].id").value(contains("beijing", "zhenbao-island")))
			.andExpect(jsonPath("$[*].events").value(contains(2, 1)))
			.andExpect(jsonPath("$[0].names[*].name").value(contains("北京", "Peking")))
			.andExpect(jsonPath("$[1].kind").value("island"))
			.andExpect(jsonPath("$[1].names[0].name").value("остров Даманский"))
			.andExpect(jsonPath("$[1].latitude").value(46.48556))
			.andExpect(jsonPath("$[1].longitude").value(133.84444))
			.andExpect(jsonPath("$[1].coordinatesSource[0].source").value("reference-a"))
			.andExpect(jsonPath("$[1].coordinatesSource[0].locator").value("infobox"));
	}

	@Test
	void onePeriodByIdAndAnUnknownOneIsANotFoundProblem() throws Exception {
		PeriodView crisis = new PeriodView("other-crisis", "other-scheme", "The crisis year", "1958-08", "1959-09",
				LocalDate.of(1958, 8, 1), LocalDate.of(1959, 9, 30), "August 1958 – September 1959",
				"From the shelling.", List.of(new CitationView("document-b", "Revision cards", "card 1 of 7")), 4);
		given(this.taxonomy.period("other-crisis")).willReturn(java.util.Optional.of(crisis));
		given(this.taxonomy.period("no-such-period")).willReturn(java.util.Optional.empty());
		this.mvc.perform(get("/api/periods/other-crisis"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value("other-crisis"))
			.andExpect(jsonPath("$.scheme").value("other-scheme"))
			.andExpect(jsonPath("$.firstDay").value("1958-08-01"))
			.andExpect(jsonPath("$.citations[0].locator").value("card 1 of 7"))
			.andExpect(jsonPath("$.events").value(4));
		this.mvc.perform(get("/api/periods/no-such-period"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

}
