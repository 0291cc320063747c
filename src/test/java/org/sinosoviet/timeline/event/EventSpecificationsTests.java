package org.sinosoviet.timeline.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.sinosoviet.timeline.dataset.TestDatasets;
import org.sinosoviet.timeline.event.EventSpecifications.PeriodScope;
import org.sinosoviet.timeline.taxonomy.Period;
import org.sinosoviet.timeline.taxonomy.PeriodRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sinosoviet.timeline.event.ApiEvents.ALL;
import static org.sinosoviet.timeline.event.ApiEvents.EXPERTS;
import static org.sinosoviet.timeline.event.ApiEvents.JINMEN;
import static org.sinosoviet.timeline.event.ApiEvents.LETTERS;
import static org.sinosoviet.timeline.event.ApiEvents.NUCLEAR;
import static org.sinosoviet.timeline.event.ApiEvents.OLD_TREATY;
import static org.sinosoviet.timeline.event.ApiEvents.RADIO;
import static org.sinosoviet.timeline.event.ApiEvents.SPEECH;
import static org.sinosoviet.timeline.event.ApiEvents.TALKS;
import static org.sinosoviet.timeline.event.ApiEvents.TRANSIT;
import static org.sinosoviet.timeline.event.ApiEvents.TREATY;
import static org.sinosoviet.timeline.event.ApiEvents.ZHENBAO;

/**
 * The timeline's filters run against the database, over the {@code dataset/api} fixture.
 * The expectations are those of {@link EventApiIntegrationTests}, which state the same
 * facts over HTTP; here each specification is queried directly through the repository.
 */
@DataJpaTest
class EventSpecificationsTests {

	private static final Sort DATE_ORDER = Sort.by("position");

	@Autowired
	EntityManager entityManager;

	@Autowired
	EventRepository events;

	@Autowired
	EventTextRepository texts;

	@Autowired
	PeriodRepository periods;

	@BeforeEach
	void loadFixture() {
		TestDatasets.load(this.entityManager, TestDatasets.API);
		this.entityManager.clear();
	}

	// --- filters, alone

	@Test
	void noFilterMatchesEveryEventInDateOrder() {
		assertThat(ids(EventSpecifications.matching(TimelineFilter.all(), null))).containsExactlyElementsOf(ALL);
	}

	@Test
	void emptyFiltersAddNoRestriction() {
		assertThat(EventSpecifications.withAny("themes", List.of())).isNull();
		assertThat(EventSpecifications.overlapping(null, null)).isNull();
		assertThat(EventSpecifications.containing(SearchText.words("  "))).isNull();
	}

	@Test
	void periodOfTheDefaultSchemeMatchesTheEventsFiledUnderIt() {
		assertThat(ids(EventSpecifications.inPeriod("alliance"))).containsExactly(OLD_TREATY, TREATY);
		assertThat(ids(EventSpecifications.inPeriod("split"))).containsExactly(SPEECH, RADIO, TALKS, JINMEN, NUCLEAR,
				EXPERTS, LETTERS);
		assertThat(ids(EventSpecifications.inPeriod("confrontation"))).containsExactly(TRANSIT, ZHENBAO);
		// The 1965/1966 transit quarrel overlaps 'split' by date but is filed under
		// 'confrontation'.
		assertThat(ids(period("split"))).doesNotContain(TRANSIT).hasSize(7);
	}

	@Test
	void periodOfAnotherSchemeMatchesByDateOverlap() {
		// other-crisis runs from 1958-08 to 1959-09: the year 1958 and the talks ending
		// on 3 August overlap it.
		assertThat(ids(period("other-crisis"))).containsExactly(RADIO, TALKS, JINMEN, NUCLEAR);
		// other-early (1947-1953) does not hold the 1945 treaty, although that is filed
		// under 'alliance'.
		assertThat(ids(period("other-early"))).containsExactly(TREATY);
	}

	@Test
	void themeMatchesAnyOfItsValues() {
		assertThat(ids(EventSpecifications.withAny("themes", List.of("ideology")))).containsExactly(SPEECH, LETTERS);
		assertThat(ids(EventSpecifications.withAny("themes", List.of("military")))).containsExactly(RADIO, TALKS,
				JINMEN, NUCLEAR, TRANSIT);
		assertThat(ids(EventSpecifications.withAny("themes", List.of("economy", "border")))).containsExactly(EXPERTS,
				ZHENBAO);
	}

	@Test
	void sourceMatchesEventsWithAClaimCitingIt() {
		assertThat(ids(EventSpecifications.withAny("citedSources", List.of("source-c")))).containsExactly(SPEECH, RADIO,
				TALKS, EXPERTS);
		assertThat(ids(EventSpecifications.withAny("citedSources", List.of("document-b")))).containsExactly(NUCLEAR,
				LETTERS, ZHENBAO);
		assertThat(ids(EventSpecifications.withAny("citedSources", List.of("source-c", "document-b"))))
			.containsExactly(SPEECH, RADIO, TALKS, NUCLEAR, EXPERTS, LETTERS, ZHENBAO);
	}

	@Test
	void actorMatchesAnyOfItsValuesAndCountsEachEventOnce() {
		assertThat(ids(EventSpecifications.withAny("actors", List.of("mao-zedong")))).containsExactly(TREATY, RADIO,
				TALKS);
		assertThat(ids(EventSpecifications.withAny("actors", List.of("nikita-khrushchev")))).containsExactly(SPEECH,
				RADIO, TALKS, NUCLEAR);
		// The radio station and the talks have both actors; the count that pages use
		// must not see them twice either.
		Specification<Event> either = EventSpecifications.withAny("actors", List.of("mao-zedong", "nikita-khrushchev"));
		assertThat(ids(either)).containsExactly(TREATY, SPEECH, RADIO, TALKS, NUCLEAR);
		assertThat(this.events.count(either)).isEqualTo(5);
	}

	@Test
	void placeMatchesAnyOfItsValues() {
		assertThat(ids(EventSpecifications.withAny("places", List.of("beijing")))).containsExactly(TALKS, TRANSIT);
		assertThat(ids(EventSpecifications.withAny("places", List.of("jinmen")))).containsExactly(JINMEN);
		assertThat(ids(EventSpecifications.withAny("places", List.of("moscow", "zhenbao-island"))))
			.containsExactly(TREATY, SPEECH, ZHENBAO);
	}

	@Test
	void fromMatchesEventsEndingOnOrAfterIt() {
		// An event dated "1958" matches from 1 August 1958.
		assertThat(ids(EventSpecifications.overlapping(day("1958-08-01"), null))).containsExactly(RADIO, TALKS, JINMEN,
				NUCLEAR, EXPERTS, LETTERS, TRANSIT, ZHENBAO);
		assertThat(ids(EventSpecifications.overlapping(day("1977-01-01"), null))).isEmpty();
	}

	@Test
	void toMatchesEventsStartingOnOrBeforeIt() {
		// to=1958-07 is its last day; the talks start on 31 July.
		assertThat(ids(EventSpecifications.overlapping(null, day("1958-07-31")))).containsExactly(OLD_TREATY, TREATY,
				SPEECH, RADIO, TALKS);
	}

	@Test
	void fromAndToAreInclusiveAndMatchImpreciseDatesByOverlap() {
		assertThat(ids(between("1958-08-01", "1958-08-01"))).containsExactly(RADIO, TALKS, JINMEN);
		assertThat(ids(between("1958-08-01", "1958-08-31"))).containsExactly(RADIO, TALKS, JINMEN);
		// The talks end on 3 August: both ends are inclusive, and the day after misses.
		assertThat(ids(between("1958-08-03", "1958-08-03"))).containsExactly(RADIO, TALKS, JINMEN);
		assertThat(ids(between("1958-08-04", "1958-08-04"))).containsExactly(RADIO, JINMEN);
		// The talks start on 31 July: the day before misses.
		assertThat(ids(between("1958-07-30", "1958-07-30"))).containsExactly(RADIO);
	}

	@Test
	void uncertainAndIntervalDatesCoverEveryDayTheyCanMean() {
		// "1959-06?" covers June 1959; "1965/1966" covers both years; "1958" the year.
		assertThat(ids(between("1959-06-15", "1959-06-15"))).containsExactly(NUCLEAR);
		assertThat(ids(between("1966-01-01", "1966-12-31"))).containsExactly(TRANSIT);
		assertThat(ids(between("1958-12-31", "1958-12-31"))).containsExactly(RADIO);
		assertThat(ids(between("1960-01-01", "1960-12-31"))).containsExactly(EXPERTS);
	}

	@Test
	void disputedKeepsEventsWhereSourcesDisagree() {
		assertThat(ids(EventSpecifications.disputed())).containsExactly(EXPERTS, ZHENBAO);
	}

	@Test
	void textFindsAlternativeNamesInAnyScriptAndSpelling() {
		assertThat(ids(text("Damansky"))).containsExactly(ZHENBAO);
		assertThat(ids(text("damansky"))).containsExactly(ZHENBAO);
		assertThat(ids(text("Даманский"))).containsExactly(ZHENBAO);
		assertThat(ids(text("珍宝岛"))).containsExactly(ZHENBAO);
		for (String khrushchev : List.of("Хрущёв", "Хрущев", "ХРУЩЁВ", "khrushchev")) {
			assertThat(ids(text(khrushchev))).as(khrushchev).containsExactly(SPEECH, RADIO, TALKS, NUCLEAR);
		}
		assertThat(ids(text("Peking"))).containsExactly(TALKS, TRANSIT);
		assertThat(ids(text("Quemoy"))).containsExactly(JINMEN);
	}

	@Test
	void textCoversTitlesSummariesAndClaimsAndNeedsEveryWord() {
		assertThat(ids(text("secret"))).containsExactly(SPEECH);
		assertThat(ids(text("Twentieth"))).as("claim text").containsExactly(SPEECH);
		assertThat(ids(text("treaty Moscow"))).containsExactly(OLD_TREATY, TREATY);
		assertThat(ids(text("treaty Москва"))).containsExactly(TREATY);
		assertThat(ids(text("treaty Beijing"))).isEmpty();
	}

	@Test
	void textTakesWildcardsAndBackslashesLiterally() {
		for (String literal : List.of("%", "100%", "_", "file_name", "\\", "C:\\letters\\1963", "\"quoted words\"",
				"it's", "'")) {
			assertThat(ids(text(literal))).as(literal).containsExactly(LETTERS);
		}
		for (String missing : List.of("file%name", "f_le", "file.name", ".*", "[a-z]", "' OR '1'='1")) {
			assertThat(ids(text(missing))).as(missing).isEmpty();
		}
	}

	@Test
	void sortsNewestFirst() {
		List<String> newestFirst = ids(EventSpecifications.matching(TimelineFilter.all(), null),
				Sort.by(Sort.Direction.DESC, "position"));
		List<String> reversed = new ArrayList<>(ALL);
		Collections.reverse(reversed);
		assertThat(newestFirst).containsExactlyElementsOf(reversed);
	}

	@Test
	void theIndexAgreesWithTheQueryForEveryFilterAlone() {
		// matching() runs each through EventIndex and the entity query and requires the
		// same ids in the same order.
		List<String[]> alone = new ArrayList<>();
		for (String period : List.of("alliance", "split", "confrontation", "other-crisis", "other-early")) {
			alone.add(new String[] { "period", period });
		}
		for (String themes : List.of("ideology", "military", "economy,border")) {
			alone.add(new String[] { "theme", themes });
		}
		for (String sources : List.of("source-c", "document-b", "source-c,document-b", "reference-a")) {
			alone.add(new String[] { "source", sources });
		}
		for (String actors : List.of("mao-zedong", "nikita-khrushchev", "mao-zedong,nikita-khrushchev")) {
			alone.add(new String[] { "actor", actors });
		}
		for (String places : List.of("beijing", "jinmen", "moscow,zhenbao-island")) {
			alone.add(new String[] { "place", places });
		}
		for (String day : List.of("1958-08-01", "1958-08-03", "1958-08-04", "1958-07-30", "1959-06-15", "1966",
				"1977")) {
			alone.add(new String[] { "from", day });
			alone.add(new String[] { "to", day });
			alone.add(new String[] { "from", day, "to", day });
		}
		for (String words : List.of("Damansky", "Даманский", "珍宝岛", "Хрущёв", "ХРУЩЁВ", "Peking", "treaty Moscow",
				"treaty Beijing", "%", "100%", "_", "file_name", "\\", "file%name", "f_le", ".*", "' OR '1'='1",
				"  ")) {
			alone.add(new String[] { "q", words });
		}
		for (String verdicts : List.of("contradicted", "corroborated", "partly", "unverified", "contradicted,partly")) {
			alone.add(new String[] { "verdict", verdicts });
		}
		for (String importance : List.of("1", "2", "3")) {
			alone.add(new String[] { "importance", importance });
		}
		alone.add(new String[] { "disputed", "true" });
		alone.add(new String[] { "disputed", "false" });
		alone.add(new String[] { "sort", "-date" });
		int matched = 0;
		for (String[] parameters : alone) {
			matched += matching(parameters).size();
		}
		assertThat(matched).as("the cases match some events").isGreaterThan(alone.size());
	}

	// --- filters, combined

	@Test
	void combinedFiltersMustAllMatch() {
		assertThat(matching("theme", "military", "actor", "nikita-khrushchev", "from", "1958-08", "to", "1959"))
			.containsExactly(RADIO, TALKS, NUCLEAR);
		assertThat(matching("period", "split", "place", "beijing")).containsExactly(TALKS);
		assertThat(matching("period", "confrontation", "place", "beijing")).containsExactly(TRANSIT);
		assertThat(matching("period", "other-crisis", "theme", "military", "source", "reference-a"))
			.containsExactly(TALKS, JINMEN);
		assertThat(matching("source", "source-c", "disputed", "true")).containsExactly(EXPERTS);
		assertThat(matching("disputed", "true", "theme", "border", "q", "Damansky", "sort", "-date"))
			.containsExactly(ZHENBAO);
		assertThat(matching("theme", "border", "period", "alliance")).isEmpty();
		assertThat(matching("q", "Хрущев", "place", "moscow")).containsExactly(SPEECH);
	}

	@Test
	void everyFilterAtOnce() {
		assertThat(matching("actor", "mao-zedong", "place", "beijing", "period", "split", "q", "talks", "from",
				"1958-08-03", "to", "1958-08-03", "source", "source-c", "theme", "alliance", "disputed", "false",
				"sort", "-date"))
			.containsExactly(TALKS);
	}

	@Test
	void combinedFiltersPageInTheRequestedOrder() {
		Specification<Event> between1958And1960 = EventSpecifications
			.matching(filter("from", "1958", "to", "1960", "sort", "-date"), null);
		Page<Event> page = this.events.findAll(between1958And1960,
				PageRequest.of(1, 2, Sort.by(Sort.Direction.DESC, "position")));
		assertThat(page.getContent()).extracting(Event::getId).containsExactly(JINMEN, TALKS);
		assertThat(page.getNumber()).isEqualTo(1);
		assertThat(page.getTotalElements()).isEqualTo(5);
		assertThat(page.getTotalPages()).isEqualTo(3);
	}

	private List<String> ids(Specification<Event> specification) {
		return ids(specification, DATE_ORDER);
	}

	private List<String> ids(Specification<Event> specification, Sort sort) {
		return this.events.findAll(specification, sort).stream().map(Event::getId).toList();
	}

	/**
	 * As {@link EventService} runs a request: its filters, period and order, over the
	 * events in memory ({@link EventIndex}), which must find the ids the entity query
	 * finds, in its order.
	 */
	private List<String> matching(String... parameters) {
		TimelineFilter filter = filter(parameters);
		Sort sort = Sort.by(filter.descending() ? Sort.Direction.DESC : Sort.Direction.ASC, "position");
		Specification<Event> specification = EventSpecifications.matching(filter, scope(filter.period()));
		Map<String, String> texts = new HashMap<>();
		this.texts.findAll().forEach((text) -> texts.put(text.getEventId(), text.getText()));
		EventIndex index = EventIndex.of(this.events.findAll(DATE_ORDER), texts);
		List<String> ids = index.matching(filter, scope(filter.period()));
		assertThat(ids).as("the index agrees with the entity query").isEqualTo(ids(specification, sort));
		return ids;
	}

	private Specification<Event> period(String id) {
		return EventSpecifications.matching(TimelineFilter.all(), scope(id));
	}

	/** The scope of a stored period, as {@link EventService} builds it. */
	private PeriodScope scope(String id) {
		if (id == null) {
			return null;
		}
		Period period = this.periods.findWithSchemeById(id).orElseThrow();
		return new PeriodScope(id, period.getScheme().isDefaultScheme(), period.getFirstDay(), period.getLastDay());
	}

	private static TimelineFilter filter(String... parameters) {
		MultiValueMap<String, String> values = new LinkedMultiValueMap<>();
		for (int i = 0; i < parameters.length; i += 2) {
			values.add(parameters[i], parameters[i + 1]);
		}
		return TimelineFilter.parse(values.getFirst("period"), values.get("theme"), values.get("source"),
				values.get("actor"), values.get("place"), values.getFirst("from"), values.getFirst("to"),
				values.getFirst("q"), values.getFirst("disputed"), values.get("verdict"), values.getFirst("importance"),
				values.getFirst("sort"));
	}

	private static Specification<Event> between(String from, String to) {
		return EventSpecifications.overlapping(day(from), day(to));
	}

	private static Specification<Event> text(String query) {
		return EventSpecifications.containing(SearchText.words(query));
	}

	private static LocalDate day(String iso) {
		return LocalDate.parse(iso);
	}

}
