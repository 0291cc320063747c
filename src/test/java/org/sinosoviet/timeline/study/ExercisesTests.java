package org.sinosoviet.timeline.study;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import org.sinosoviet.timeline.event.EventDetail;
import org.sinosoviet.timeline.source.SourceView;
import org.sinosoviet.timeline.study.Answers.OrderAnswer;
import org.sinosoviet.timeline.study.Answers.SourceAnswer;
import org.sinosoviet.timeline.study.Answers.SpotAnswer;
import org.sinosoviet.timeline.study.StudyViews.OrderItem;
import org.sinosoviet.timeline.study.StudyViews.OrderQuestion;
import org.sinosoviet.timeline.study.StudyViews.SheetEntry;
import org.sinosoviet.timeline.study.StudyViews.SourceChoice;
import org.sinosoviet.timeline.study.StudyViews.SourceQuestion;
import org.sinosoviet.timeline.study.StudyViews.SpotQuestion;
import org.sinosoviet.timeline.study.StudyViews.Statement;
import org.sinosoviet.timeline.study.StudyViews.WhenQuestion;
import org.sinosoviet.timeline.web.InvalidParameterException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.sinosoviet.timeline.study.StudyFixtures.claim;
import static org.sinosoviet.timeline.study.StudyFixtures.event;
import static org.sinosoviet.timeline.study.StudyFixtures.significance;
import static org.sinosoviet.timeline.study.StudyFixtures.source;

/**
 * The generation rules: ordering questions have exactly one right order, dating questions
 * never give the year away, "spot the error" draws only on contradicted and corroborated
 * statements, "which source" offers the cited source among others, revision sheets cite
 * why each event mattered, and the same seed always gives the same set.
 */
class ExercisesTests {

	/** Twelve events a year apart, and some that overlap them. */
	private static List<EventDetail> timeline() {
		List<EventDetail> events = new ArrayList<>();
		for (int year = 1950; year <= 1961; year++) {
			events.add(event("e" + year, String.valueOf(year)));
		}
		events.add(event("span", "1951-06/1953-02"));
		events.add(event("month", "1955-03"));
		events.add(event("day", "1955-03-02"));
		events.sort(java.util.Comparator.comparing(EventDetail::start));
		return events;
	}

	// --- Put them in order

	@Test
	void orderingQuestionsHoldFiveEventsWhoseDatesCannotOverlap() {
		for (long seed = 0; seed < 50; seed++) {
			List<OrderQuestion> questions = Exercises.order(timeline(), seed, "");
			assertThat(questions).hasSize(Exercises.SET_SIZE);
			for (OrderQuestion question : questions) {
				assertThat(question.events()).hasSize(5);
				List<OrderItem> answer = question.answer();
				for (int i = 1; i < answer.size(); i++) {
					assertThat(answer.get(i - 1).end())
						.as("seed %d: %s before %s", seed, answer.get(i - 1).id(), answer.get(i).id())
						.isBefore(answer.get(i).start());
				}
				assertThat(question.events()).containsExactlyInAnyOrderElementsOf(answer)
					.as("shown shuffled, never already solved")
					.isNotEqualTo(answer);
			}
		}
	}

	@Test
	void theAnswerSaysWhyEachEventComesWhereItDoesAndLinksIt() {
		OrderQuestion question = Exercises.order(timeline(), 7, "https://example.org").get(0);
		OrderItem first = question.answer().get(0);
		OrderItem second = question.answer().get(1);
		assertThat(first.why()).isEqualTo("Dated " + first.displayDate() + ": the earliest of these 5.");
		assertThat(second.why()).isEqualTo(
				"Dated " + second.displayDate() + ": after “" + first.title() + "” (" + first.displayDate() + ").");
		assertThat(first.permalink()).isEqualTo("https://example.org/events/" + first.id());
	}

	@Test
	void orderingIsMarkedPlaceByPlace() {
		OrderQuestion question = Exercises.order(timeline(), 3, "").get(0);
		List<String> right = question.answerIds();
		assertThat(Marker.order(question, new OrderAnswer(right)).right()).isTrue();
		List<String> swapped = new ArrayList<>(right);
		java.util.Collections.swap(swapped, 0, 4);
		var feedback = Marker.order(question, new OrderAnswer(swapped));
		assertThat(feedback.right()).isFalse();
		assertThat(feedback.inPlace()).isEqualTo(3);
		List<String> repeated = new ArrayList<>(right);
		repeated.set(1, right.get(0));
		assertThat(Marker.order(question, new OrderAnswer(repeated)).repeated()).hasSize(1);
		assertThatExceptionOfType(InvalidParameterException.class)
			.isThrownBy(() -> Marker.order(question, new OrderAnswer(right.subList(0, 4))))
			.satisfies((ex) -> assertThat(ex.getParameter()).isEqualTo("order"))
			.satisfies((ex) -> assertThat(ex.getValidValues()).containsExactlyElementsOf(right));
		List<String> stranger = new ArrayList<>(right);
		stranger.set(0, "no-such-event");
		assertThatExceptionOfType(InvalidParameterException.class)
			.isThrownBy(() -> Marker.order(question, new OrderAnswer(stranger)));
	}

	@Test
	void tooFewDistinctDatesGiveNoOrderingQuestion() {
		List<EventDetail> overlapping = List.of(event("a", "1958"), event("b", "1958-08"), event("c", "1958-08-23"),
				event("d", "1959"));
		assertThat(Exercises.order(overlapping, 1, "")).isEmpty();
		List<EventDetail> three = List.of(event("a", "1958"), event("b", "1959"), event("c", "1960"));
		assertThat(Exercises.order(three, 1, "")).allSatisfy((question) -> assertThat(question.events()).hasSize(3));
	}

	// --- When was it?

	@Test
	void datingQuestionsLeaveOutEventsThatNameTheirOwnYear() {
		List<EventDetail> events = List.of(event("says", "1958", "The 1958 crisis", "Shelling.", 2),
				event("span-says", "1950/1953", "A war", "It went on until 1952.", 2),
				event("other-year", "1960", "After the 1958 crisis", "Summary.", 2),
				event("silent", "1969-03-02", "Ambush", "On a frozen island.", 2));
		assertThat(Exercises.when(events, 1, "")).extracting(WhenQuestion::event)
			.containsExactlyInAnyOrder("other-year", "silent");
	}

	@Test
	void datingQuestionsAskForTheMonthOnlyWhereTheDataKnowsIt() {
		List<WhenQuestion> questions = Exercises.when(
				List.of(event("y", "1958"), event("m", "1958-08"), event("d", "1969-03-02"), event("s", "1950/1953")),
				1, "");
		assertThat(questions).extracting(WhenQuestion::event, WhenQuestion::asksMonth)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("y", false),
					org.assertj.core.groups.Tuple.tuple("m", true), org.assertj.core.groups.Tuple.tuple("d", true),
					org.assertj.core.groups.Tuple.tuple("s", false));
	}

	// --- Spot the error

	private static List<EventDetail> verdicts() {
		return List.of(
				event("a", "1960", claim("cards-wrong", "deprecated", "date", "contradicted", "cards"),
						claim("right-date", "preferred", "date", null, "scholar"),
						claim("other", "normal", null, null, "scholar")),
				event("b", "1961", claim("cards-right", "normal", null, "corroborated", "cards", "scholar"),
						claim("cards-partly", "normal", null, "partly", "cards"),
						claim("cards-unverified", "normal", null, "unverified", "cards")),
				event("c", "1962", claim("cards-agrees", "normal", "place", "corroborated", "cards"),
						claim("cards-place-wrong", "deprecated", "place", "contradicted", "cards2"),
						claim("place", "preferred", "place", null, "scholar")),
				event("d", "1963", claim("plain", "normal", null, null, "scholar")));
	}

	@Test
	void spotTheErrorDrawsOnlyOnContradictedAndCorroboratedStatements() {
		Set<String> drawn = new HashSet<>();
		for (long seed = 0; seed < 100; seed++) {
			for (SpotQuestion question : Exercises.spot(verdicts(), Set.of("cards", "cards2"), seed, "")) {
				assertThat(question.verdict()).isIn("contradicted", "corroborated");
				assertThat(question.statement().verdict()).isEqualTo(question.verdict());
				drawn.add(question.statement().claim());
			}
		}
		assertThat(drawn).containsExactlyInAnyOrder("cards-wrong", "cards-right", "cards-agrees", "cards-place-wrong");
	}

	@Test
	void aSetHoldsEachStatementOnceAndBothRightAndWrongOnes() {
		List<SpotQuestion> questions = Exercises.spot(verdicts(), Set.of("cards", "cards2"), 5, "");
		assertThat(questions).hasSize(4);
		assertThat(questions).extracting((question) -> question.statement().claim()).doesNotHaveDuplicates();
		assertThat(questions).extracting(SpotQuestion::right).contains(true, false);
	}

	@Test
	void aContradictedStatementComesWithItsVersionsAndTheCorrection() {
		SpotQuestion question = Exercises.spot(verdicts(), Set.of("cards", "cards2"), 5, "")
			.stream()
			.filter((q) -> q.statement().claim().equals("cards-wrong"))
			.findFirst()
			.orElseThrow();
		assertThat(question.right()).isFalse();
		assertThat(question.versions()).extracting(Statement::claim)
			.containsExactlyInAnyOrder("cards-wrong", "right-date");
		assertThat(question.rightVersions()).containsExactly("right-date");
		assertThat(question.correction().claim()).isEqualTo("right-date");
		assertThat(question.correction().reason()).isEqualTo("Reason for right-date.");
		assertThat(question.statement().reason()).isEqualTo("Reason for cards-wrong.");
		assertThat(question.statement().permalink()).isEqualTo("/events/a#claim-cards-wrong");
		assertThat(question.from()).extracting("source").containsExactly("cards");
		assertThat(Marker.spot(question, new SpotAnswer("right-date", null)).right()).isTrue();
		assertThat(Marker.spot(question, new SpotAnswer("cards-wrong", null)).right()).isFalse();
		assertThatExceptionOfType(InvalidParameterException.class)
			.isThrownBy(() -> Marker.spot(question, new SpotAnswer("other", null)))
			.satisfies((ex) -> assertThat(ex.getParameter()).isEqualTo("version"));
	}

	@Test
	void aCorroboratedStatementWithoutVersionsIsJudgedRightOrWrongAndShowsOnlyTheFoundingSource() {
		SpotQuestion question = Exercises.spot(verdicts(), Set.of("cards", "cards2"), 5, "")
			.stream()
			.filter((q) -> q.statement().claim().equals("cards-right"))
			.findFirst()
			.orElseThrow();
		assertThat(question.right()).isTrue();
		assertThat(question.versions()).isEmpty();
		assertThat(question.correction()).isNull();
		assertThat(question.from()).extracting("source").containsExactly("cards");
		assertThat(question.statement().citations()).extracting("source").containsExactly("cards", "scholar");
		assertThat(Marker.spot(question, new SpotAnswer(null, "right")).right()).isTrue();
		assertThat(Marker.spot(question, new SpotAnswer(null, "wrong")).right()).isFalse();
		assertThatExceptionOfType(InvalidParameterException.class)
			.isThrownBy(() -> Marker.spot(question, new SpotAnswer(null, "maybe")))
			.satisfies((ex) -> assertThat(ex.getParameter()).isEqualTo("judgement"));
	}

	@Test
	void aCorroboratedStatementWithVersionsIsRightAmongThem() {
		SpotQuestion question = Exercises.spot(verdicts(), Set.of("cards", "cards2"), 5, "")
			.stream()
			.filter((q) -> q.statement().claim().equals("cards-agrees"))
			.findFirst()
			.orElseThrow();
		assertThat(question.rightVersions()).containsExactlyInAnyOrder("cards-agrees", "place");
		assertThat(question.support()).extracting(Statement::claim).containsExactly("place");
		assertThat(Marker.spot(question, new SpotAnswer("cards-agrees", null)).right()).isTrue();
		assertThat(Marker.spot(question, new SpotAnswer("cards-place-wrong", null)).right()).isFalse();
	}

	@Test
	void noContradictedOrCorroboratedStatementGivesNoQuestion() {
		assertThat(Exercises.spot(List.of(event("d", "1963", claim("plain", "normal", null, "partly", "cards"))),
				Set.of("cards"), 1, ""))
			.isEmpty();
	}

	// --- Which source says so?

	private static final List<SourceView> BIBLIOGRAPHY = List.of(source("scholar", "scholarship", "Fu, Yuxin"),
			source("doc", "primary-document"), source("ref", "reference-work"), source("cards", "textbook"),
			source("web", "web-page"), source("scholar2", "scholarship", "Shen, Zhihua", "Xia, Yafeng"),
			source("web2", "web-page"));

	@Test
	void whichSourceOffersTheCitedSourceAmongOthersOfOtherTypesThatTheEventDoesNotCite() {
		List<EventDetail> events = List.of(event("a", "1960", claim("says", "normal", null, null, "scholar"),
				claim("wrong", "deprecated", "x", null, "web"),
				claim("cards", "normal", null, "corroborated", "cards")));
		for (long seed = 0; seed < 30; seed++) {
			List<SourceQuestion> questions = Exercises.source(events, BIBLIOGRAPHY, seed, "");
			assertThat(questions).as("only claims that are not deprecated nor a founding document's").hasSize(1);
			SourceQuestion question = questions.get(0);
			assertThat(question.claim().claim()).isEqualTo("says");
			assertThat(question.answer()).isEqualTo("scholar");
			assertThat(question.choices()).hasSize(4)
				.extracting(SourceChoice::id)
				.contains("scholar")
				.doesNotContain("web", "cards");
			assertThat(question.choices()).extracting(SourceChoice::type).doesNotHaveDuplicates();
			assertThat(question.answerChoice().why()).startsWith("Scholarship is");
			assertThat(Marker.source(question, new SourceAnswer("scholar")).right()).isTrue();
			String other = question.choices()
				.stream()
				.map(SourceChoice::id)
				.filter((id) -> !id.equals("scholar"))
				.findFirst()
				.orElseThrow();
			assertThat(Marker.source(question, new SourceAnswer(other)).right()).isFalse();
			assertThatExceptionOfType(InvalidParameterException.class)
				.isThrownBy(() -> Marker.source(question, new SourceAnswer("web")))
				.satisfies((ex) -> assertThat(ex.getParameter()).isEqualTo("pick"));
		}
	}

	@Test
	void everySourceTypeSaysWhyItMatters() {
		assertThat(List.of("primary-document", "scholarship", "reference-work", "textbook", "web-page"))
			.extracting(Exercises::whyTypeMatters)
			.doesNotHaveDuplicates()
			.allSatisfy((why) -> assertThat(why).isNotBlank());
	}

	// --- Revision sheet

	@Test
	void aSheetEntryCitesTheClaimSayingWhyTheEventMatteredOrElseItsFirstClaim() {
		Map<String, SourceView> sources = new java.util.HashMap<>();
		BIBLIOGRAPHY.forEach((source) -> sources.put(source.id(), source));
		List<SheetEntry> entries = Exercises.sheet(List.of(
				event("a", "1960", claim("first", "normal", null, null, "doc"), significance("why", "scholar2")),
				event("b", "1961", claim("gone", "deprecated", "x", null, "web"),
						claim("kept", "normal", null, null, "scholar"))),
				sources, "");
		assertThat(entries.get(0).citations()).extracting("text").containsExactly("Shen and Xia 2023, p. 1");
		assertThat(entries.get(0).significance()).isEqualTo("Why a mattered.");
		assertThat(entries.get(1).citations()).extracting("text").containsExactly("Fu 2023, p. 1");
		assertThat(entries.get(1).permalink()).isEqualTo("/events/b");
	}

	// --- Seeds

	@Test
	void theSameSeedGivesTheSameSetAndOtherSeedsOtherSets() {
		List<EventDetail> events = timeline();
		assertThat(Exercises.order(events, 42, "")).isEqualTo(Exercises.order(events, 42, ""));
		assertThat(Exercises.when(events, 42, "")).isEqualTo(Exercises.when(events, 42, ""));
		assertThat(Exercises.spot(verdicts(), Set.of("cards"), 42, ""))
			.isEqualTo(Exercises.spot(verdicts(), Set.of("cards"), 42, ""));
		List<EventDetail> sourced = List.of(event("a", "1960", claim("says", "normal", null, null, "scholar")));
		assertThat(Exercises.source(sourced, BIBLIOGRAPHY, 42, ""))
			.isEqualTo(Exercises.source(sourced, BIBLIOGRAPHY, 42, ""));
		Set<List<String>> firstQuestions = new HashSet<>();
		IntStream.range(0, 20)
			.forEach((seed) -> firstQuestions.add(Exercises.order(events, seed, "").get(0).answerIds()));
		assertThat(firstQuestions).as("twenty seeds").hasSizeGreaterThan(10);
	}

	@Test
	void seedsAndPlacesInASetAreCheckedWithTheParameterNamed() {
		assertThat(Selection.parse("123", null, null, null, null, null).seed()).isEqualTo(123L);
		assertThat(Selection.parse(null, null, null, null, null, null).seed()).isNull();
		for (String bad : List.of("abc", "-1", "1000000000", "1e3", "99999999999999999999")) {
			assertThatExceptionOfType(InvalidParameterException.class)
				.isThrownBy(() -> Selection.parse(bad, null, null, null, null, null))
				.satisfies((ex) -> assertThat(ex.getParameter()).isEqualTo("seed"));
		}
		assertThatExceptionOfType(InvalidParameterException.class)
			.isThrownBy(() -> Selection.parse("1", null, null, null, "6", null))
			.satisfies((ex) -> assertThat(ex.getParameter()).isEqualTo("n"));
		assertThatExceptionOfType(InvalidParameterException.class)
			.isThrownBy(() -> Selection.parse("1", null, null, null, "3", "3"))
			.satisfies((ex) -> assertThat(ex.getParameter()).isEqualTo("right"));
		assertThatExceptionOfType(InvalidParameterException.class)
			.isThrownBy(() -> Selection.parse("1", null, null, "4", null, null))
			.satisfies((ex) -> assertThat(ex.getParameter()).isEqualTo("importance"));
		Selection selection = Selection.parse("7", "split", List.of("border", "aid"), "1", "2", "1");
		assertThat(selection.question("/study/when", 3, 2))
			.isEqualTo("/study/when?seed=7&period=split&theme=border&theme=aid&importance=1&n=3&right=2");
		assertThat(selection.fresh("/study/when"))
			.isEqualTo("/study/when?period=split&theme=border&theme=aid&importance=1");
	}

}
