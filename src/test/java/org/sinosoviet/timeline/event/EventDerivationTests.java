package org.sinosoviet.timeline.event;

import java.util.List;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.sinosoviet.timeline.dataset.TestDatasets;
import org.sinosoviet.timeline.source.Source;
import org.sinosoviet.timeline.source.SourceRepository;
import org.sinosoviet.timeline.taxonomy.ActorRepository;
import org.sinosoviet.timeline.taxonomy.NamedRecord;
import org.sinosoviet.timeline.taxonomy.Period;
import org.sinosoviet.timeline.taxonomy.PeriodScheme;
import org.sinosoviet.timeline.taxonomy.PeriodSchemeRepository;
import org.sinosoviet.timeline.taxonomy.PlaceRepository;
import org.sinosoviet.timeline.taxonomy.Theme;
import org.sinosoviet.timeline.taxonomy.ThemeRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
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
 * What {@link EventDerivation} works out at load, read back from the database over the
 * {@code dataset/api} fixture. The persistence context is cleared after the load, so
 * every value here comes from the stored rows, not from the entities the load built.
 */
@DataJpaTest
class EventDerivationTests {

	@Autowired
	EntityManager entityManager;

	@Autowired
	EventRepository events;

	@Autowired
	SourceRepository sources;

	@Autowired
	PeriodSchemeRepository schemes;

	@Autowired
	ThemeRepository themes;

	@Autowired
	ActorRepository actors;

	@Autowired
	PlaceRepository places;

	@BeforeEach
	void loadFixture() {
		TestDatasets.load(this.entityManager, TestDatasets.API);
		this.entityManager.clear();
	}

	@Test
	void positionsFollowTheDates() {
		assertThat(ALL).allSatisfy((id) -> assertThat(event(id).getPosition()).as(id).isEqualTo(ALL.indexOf(id)));
	}

	@Test
	void firstEventHasNoPrevious() {
		Event first = event(OLD_TREATY);
		assertThat(first.getPrevious()).isNull();
		assertThat(first.getNext().getId()).isEqualTo(TREATY);
	}

	@Test
	void lastEventHasNoNext() {
		Event last = event(ZHENBAO);
		assertThat(last.getPrevious().getId()).isEqualTo(TRANSIT);
		assertThat(last.getNext()).isNull();
	}

	@Test
	void previousAndNextAreTheNeighboursInDateOrder() {
		// The year 1958 comes before the talks of 31 July, which come before August 1958.
		Event talks = event(TALKS);
		assertThat(talks.getPrevious().getId()).isEqualTo(RADIO);
		assertThat(talks.getNext().getId()).isEqualTo(JINMEN);
		for (int i = 1; i < ALL.size() - 1; i++) {
			Event event = event(ALL.get(i));
			assertThat(event.getPrevious().getId()).as("previous of %s", event.getId()).isEqualTo(ALL.get(i - 1));
			assertThat(event.getNext().getId()).as("next of %s", event.getId()).isEqualTo(ALL.get(i + 1));
		}
	}

	@Test
	void curatedRelatedEventsComeFirstInBothDirections() {
		// The treaty names the clash, and the talks name the radio station.
		assertThat(related(TREATY)).first().isEqualTo(ZHENBAO);
		assertThat(related(ZHENBAO)).first().isEqualTo(TREATY);
		assertThat(related(TALKS)).first().isEqualTo(RADIO);
		assertThat(related(RADIO)).first().isEqualTo(TALKS);
	}

	@Test
	void relatedEventsAreFilledBySharedRecordsThenNearnessUpToFour() {
		// Talks: Mao and Khrushchev (2 each), Beijing (2), military and alliance (1
		// each). Treaty, nuclear aid and transit share 3 each, and the nearest come
		// first.
		assertThat(related(TALKS)).containsExactly(RADIO, NUCLEAR, TRANSIT, TREATY);
		// Radio station: nuclear aid shares Khrushchev and military (3); the speech and
		// the treaty share one actor each (2), the speech is nearer.
		assertThat(related(RADIO)).containsExactly(TALKS, NUCLEAR, SPEECH, TREATY);
		// Treaty: the talks share Mao and alliance (3); the speech Moscow, the radio
		// station Mao (2); the 1945 treaty's alliance (1) does not fit.
		assertThat(related(TREATY)).containsExactly(ZHENBAO, TALKS, SPEECH, RADIO);
	}

	@Test
	void eventsSharingNothingHaveOnlyTheirCuratedRelations() {
		assertThat(related(EXPERTS)).isEmpty();
		assertThat(related(ZHENBAO)).containsExactly(TREATY);
		assertThat(related(LETTERS)).containsExactly(SPEECH);
	}

	@Test
	void eventsWithADisputedClaimAreDisputed() {
		assertThat(this.events.findAll()).filteredOn(Event::isDisputed)
			.extracting(Event::getId)
			.containsExactlyInAnyOrder(EXPERTS, ZHENBAO);
	}

	@Test
	void eventsKnowEverySourceTheirClaimsCite() {
		assertThat(event(TALKS).getCitedSources()).extracting(Source::getId)
			.containsExactlyInAnyOrder("reference-a", "source-c");
		assertThat(event(ZHENBAO).getCitedSources()).extracting(Source::getId)
			.containsExactlyInAnyOrder("reference-a", "document-b");
		assertThat(event(SPEECH).getCitedSources()).extracting(Source::getId).containsExactly("source-c");
	}

	@Test
	void periodsCountTheirEventsFiledOrByDate() {
		List<PeriodScheme> schemes = this.schemes.findAllByOrderByPosition();
		assertThat(schemes).extracting(PeriodScheme::getId).containsExactly("default", "other-scheme");
		// Default periods count the events filed under them; others count by overlap.
		assertThat(schemes.get(0).getPeriods()).extracting(Period::getId, Period::getEventCount)
			.containsExactly(tuple("alliance", 2), tuple("split", 7), tuple("confrontation", 2));
		assertThat(schemes.get(1).getPeriods()).extracting(Period::getId, Period::getEventCount)
			.containsExactly(tuple("other-early", 1), tuple("other-crisis", 4));
	}

	@Test
	void themesCountTheirEvents() {
		assertThat(this.themes.findAllByOrderByPosition()).extracting(Theme::getId, Theme::getEventCount)
			.containsExactly(tuple("alliance", 3), tuple("border", 1), tuple("ideology", 2), tuple("military", 5),
					tuple("economy", 1));
	}

	@Test
	void actorsAndPlacesCountTheirEventsInOrderOfTheirNames() {
		assertThat(this.actors.findAllByOrderByPosition()).extracting(NamedRecord::getId, NamedRecord::getEventCount)
			.containsExactly(tuple("mao-zedong", 3), tuple("nikita-khrushchev", 4));
		assertThat(this.places.findAllByOrderByPosition()).extracting(NamedRecord::getId, NamedRecord::getEventCount)
			.containsExactly(tuple("beijing", 2), tuple("jinmen", 1), tuple("moscow", 2), tuple("zhenbao-island", 1));
	}

	@Test
	void sourcesCountTheClaimsCitingThemAndListTheirEventsInDateOrder() {
		assertThat(source("source-c").getClaimCount()).isEqualTo(4);
		assertThat(source("source-c").getCitingEvents()).containsExactly(SPEECH, RADIO, TALKS, EXPERTS);
		assertThat(source("document-b").getClaimCount()).isEqualTo(3);
		assertThat(source("document-b").getCitingEvents()).containsExactly(NUCLEAR, LETTERS, ZHENBAO);
		// The period schemes cite reference-a and document-b too: those are not claims.
		assertThat(source("reference-a").getClaimCount()).isEqualTo(7);
		assertThat(source("reference-a").getCitingEvents()).containsExactly(OLD_TREATY, TREATY, TALKS, JINMEN, EXPERTS,
				TRANSIT, ZHENBAO);
	}

	@Test
	void sourcesAreInBibliographyOrderByTypeThenAuthorOrTitle() {
		assertThat(this.sources.findAllByOrderByPosition()).extracting(Source::getId)
			.containsExactly("source-c", "reference-a", "document-b");
	}

	private Event event(String id) {
		return this.events.findById(id).orElseThrow();
	}

	private List<String> related(String id) {
		return event(id).getRelated().stream().map(Event::getId).toList();
	}

	private Source source(String id) {
		return this.sources.findById(id).orElseThrow();
	}

}
