package org.sinosoviet.timeline.study;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sinosoviet.timeline.event.EventDetail;
import org.sinosoviet.timeline.event.Views.ClaimView;
import org.sinosoviet.timeline.source.CitationView;
import org.sinosoviet.timeline.source.SourceView;
import org.sinosoviet.timeline.study.StudyViews.OrderItem;
import org.sinosoviet.timeline.study.StudyViews.OrderQuestion;
import org.sinosoviet.timeline.study.StudyViews.SheetEntry;
import org.sinosoviet.timeline.study.StudyViews.ShortCitation;
import org.sinosoviet.timeline.study.StudyViews.SourceChoice;
import org.sinosoviet.timeline.study.StudyViews.SourceQuestion;
import org.sinosoviet.timeline.study.StudyViews.SpotQuestion;
import org.sinosoviet.timeline.study.StudyViews.Statement;
import org.sinosoviet.timeline.study.StudyViews.WhenQuestion;

/**
 * The rules that turn the timeline's records into questions. Every choice comes from one
 * {@link Random} seeded by the set's seed and the exercise, over events in date order, so
 * the same seed and filters always give the same set. Nothing here is written by hand but
 * the few words around the data.
 */
final class Exercises {

	/** Questions in a set. */
	static final int SET_SIZE = 5;

	/** Events in an ordering question, where the data has that many distinct dates. */
	static final int ORDER_SIZE = 5;

	/** The fewest events an ordering question may have. */
	static final int ORDER_MIN = 3;

	/** Candidate sources in a "which source says so?" question. */
	static final int SOURCE_CHOICES = 4;

	private static final Pattern YEAR = Pattern.compile("(?<!\\d)(\\d{4})(?!\\d)");

	private Exercises() {
	}

	static Random random(long seed, String exercise) {
		// String.hashCode is specified, so the mix is the same on every JVM.
		return new Random(seed * 31 + exercise.hashCode());
	}

	/**
	 * Put them in order: each question holds up to five events none of whose dates can
	 * overlap, so that exactly one order is right whatever the precision.
	 * @param events the candidates, in date order
	 * @param seed the seed
	 * @param base the base of permalinks
	 * @return the questions, or none if fewer than {@link #ORDER_MIN} events can be told
	 * apart
	 */
	static List<OrderQuestion> order(List<EventDetail> events, long seed, String base) {
		Random random = random(seed, "order");
		List<OrderQuestion> questions = new ArrayList<>();
		for (int number = 1; number <= SET_SIZE; number++) {
			List<EventDetail> shuffled = new ArrayList<>(events);
			Collections.shuffle(shuffled, random);
			List<EventDetail> chosen = new ArrayList<>();
			for (EventDetail event : shuffled) {
				if (chosen.size() == ORDER_SIZE) {
					break;
				}
				if (chosen.stream().noneMatch((other) -> overlap(event, other))) {
					chosen.add(event);
				}
			}
			if (chosen.size() < ORDER_MIN) {
				return List.of();
			}
			List<EventDetail> answer = chosen.stream().sorted(Comparator.comparing(EventDetail::start)).toList();
			List<OrderItem> items = new ArrayList<>();
			for (int i = 0; i < answer.size(); i++) {
				items.add(item(answer.get(i), (i == 0) ? null : answer.get(i - 1), answer.size(), base));
			}
			List<OrderItem> shown = new ArrayList<>(items);
			Collections.shuffle(shown, random);
			if (shown.equals(items)) {
				// Never hand out a question already solved.
				Collections.rotate(shown, 1);
			}
			questions.add(new OrderQuestion(number, List.copyOf(shown), List.copyOf(items)));
		}
		return questions;
	}

	/** Whether two events' dates can share a day: then no order between them is sure. */
	static boolean overlap(EventDetail a, EventDetail b) {
		return !(a.end().isBefore(b.start()) || b.end().isBefore(a.start()));
	}

	private static OrderItem item(EventDetail event, EventDetail previous, int count, String base) {
		String why = (previous == null) ? "Dated " + event.displayDate() + ": the earliest of these " + count + "."
				: "Dated " + event.displayDate() + ": after “" + previous.title() + "” (" + previous.displayDate()
						+ ").";
		return new OrderItem(event.id(), event.title(), event.displayDate(), event.start(), event.end(), why,
				base + event.permalink());
	}

	/**
	 * When was it? Events whose title and summary name none of the years of their own
	 * date, which would give the answer away.
	 * @param events the candidates, in date order
	 * @param seed the seed
	 * @param base the base of permalinks
	 * @return up to {@link #SET_SIZE} questions
	 */
	static List<WhenQuestion> when(List<EventDetail> events, long seed, String base) {
		List<EventDetail> pool = new ArrayList<>(events.stream().filter((event) -> !givesYearAway(event)).toList());
		Collections.shuffle(pool, random(seed, "when"));
		List<WhenQuestion> questions = new ArrayList<>();
		for (EventDetail event : pool.subList(0, Math.min(SET_SIZE, pool.size()))) {
			boolean interval = event.date().contains("/");
			boolean asksMonth = !event.precision().equals("year");
			questions.add(new WhenQuestion(questions.size() + 1, event.id(), event.title(), event.summary(),
					event.date(), event.start(), event.end(), event.precision(), event.displayDate(),
					event.approximate(), event.uncertain(), interval, asksMonth, base + event.permalink()));
		}
		return questions;
	}

	static boolean givesYearAway(EventDetail event) {
		Matcher matcher = YEAR.matcher(event.title() + " " + event.summary());
		while (matcher.find()) {
			int year = Integer.parseInt(matcher.group(1));
			if (year >= event.start().getYear() && year <= event.end().getYear()) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Spot the error: statements of the founding documents that independent sources
	 * contradict or corroborate, and nothing else (a statement partly right, or
	 * unverified, has no clear answer). Each question draws from the contradicted or the
	 * corroborated ones at even odds, so that not every card is wrong.
	 * @param events the events, in date order
	 * @param founding the ids of the founding documents
	 * @param seed the seed
	 * @param base the base of permalinks
	 * @return up to {@link #SET_SIZE} questions
	 */
	static List<SpotQuestion> spot(List<EventDetail> events, Set<String> founding, long seed, String base) {
		List<Candidate> contradicted = new ArrayList<>();
		List<Candidate> corroborated = new ArrayList<>();
		for (EventDetail event : events) {
			for (ClaimView claim : event.claims()) {
				if ("contradicted".equals(claim.verdict())) {
					contradicted.add(new Candidate(event, claim));
				}
				else if ("corroborated".equals(claim.verdict())) {
					corroborated.add(new Candidate(event, claim));
				}
			}
		}
		Random random = random(seed, "spot");
		List<SpotQuestion> questions = new ArrayList<>();
		while (questions.size() < SET_SIZE && !(contradicted.isEmpty() && corroborated.isEmpty())) {
			boolean wrong = random.nextBoolean();
			List<Candidate> pool = (wrong && !contradicted.isEmpty()) || corroborated.isEmpty() ? contradicted
					: corroborated;
			Candidate candidate = pool.remove(random.nextInt(pool.size()));
			questions.add(spotQuestion(questions.size() + 1, candidate, founding, random, base));
		}
		return questions;
	}

	private static SpotQuestion spotQuestion(int number, Candidate candidate, Set<String> founding, Random random,
			String base) {
		EventDetail event = candidate.event();
		ClaimView claim = candidate.claim();
		List<ClaimView> dispute = (claim.dispute() == null) ? List.of()
				: event.claims().stream().filter((other) -> claim.dispute().equals(other.dispute())).toList();
		List<String> right = dispute.stream()
			.filter((version) -> !version.rank().equals("deprecated"))
			.filter((version) -> version.verdict() == null || version.verdict().equals("corroborated"))
			.map(ClaimView::id)
			.toList();
		List<Statement> versions = new ArrayList<>();
		if (dispute.size() >= 2 && !right.isEmpty()) {
			dispute.forEach((version) -> versions.add(statement(event, version, base)));
			Collections.shuffle(versions, random);
		}
		ClaimView correction = "contradicted".equals(claim.verdict())
				? dispute.stream()
					.filter((version) -> version.rank().equals("preferred"))
					.findFirst()
					.orElse(dispute.stream().filter((version) -> right.contains(version.id())).findFirst().orElse(null))
				: null;
		List<Statement> support = dispute.stream()
			.filter((version) -> !version.id().equals(claim.id()) && right.contains(version.id()))
			.map((version) -> statement(event, version, base))
			.toList();
		List<CitationView> from = claim.citations()
			.stream()
			.filter((citation) -> founding.contains(citation.source()))
			.toList();
		return new SpotQuestion(number, event.id(), event.title(), statement(event, claim, base), from, claim.verdict(),
				List.copyOf(versions), versions.isEmpty() ? List.of() : right,
				(correction != null) ? statement(event, correction, base) : null, support, base + event.permalink());
	}

	static Statement statement(EventDetail event, ClaimView claim, String base) {
		return new Statement(claim.id(), claim.text(), claim.rank(), claim.reason(), claim.verdict(), claim.citations(),
				base + event.permalink() + "#claim-" + claim.id());
	}

	/**
	 * Which source says so? A claim that is not a founding document's statement (those
	 * name their source) nor deprecated, the source it cites, and other sources, none
	 * cited by the event, of other types where the bibliography has them.
	 * @param events the events, in date order
	 * @param sources the bibliography, in its order
	 * @param seed the seed
	 * @param base the base of permalinks
	 * @return up to {@link #SET_SIZE} questions
	 */
	static List<SourceQuestion> source(List<EventDetail> events, List<SourceView> sources, long seed, String base) {
		List<Candidate> pool = new ArrayList<>();
		for (EventDetail event : events) {
			for (ClaimView claim : event.claims()) {
				if (claim.verdict() == null && !claim.rank().equals("deprecated") && !claim.citations().isEmpty()) {
					pool.add(new Candidate(event, claim));
				}
			}
		}
		Map<String, SourceView> byId = new java.util.HashMap<>();
		sources.forEach((source) -> byId.put(source.id(), source));
		Random random = random(seed, "source");
		Collections.shuffle(pool, random);
		List<SourceQuestion> questions = new ArrayList<>();
		for (Candidate candidate : pool) {
			if (questions.size() == SET_SIZE) {
				break;
			}
			EventDetail event = candidate.event();
			List<CitationView> citations = candidate.claim().citations();
			SourceView cited = byId.get(citations.get(random.nextInt(citations.size())).source());
			if (cited == null) {
				continue;
			}
			Set<String> citedByEvent = new HashSet<>();
			event.claims().forEach((claim) -> claim.citations().forEach((c) -> citedByEvent.add(c.source())));
			List<SourceView> others = new ArrayList<>(
					sources.stream().filter((source) -> !citedByEvent.contains(source.id())).toList());
			Collections.shuffle(others, random);
			List<SourceView> choices = new ArrayList<>(List.of(cited));
			Set<String> types = new LinkedHashSet<>(List.of(cited.type()));
			for (SourceView other : others) {
				if (choices.size() < SOURCE_CHOICES && types.add(other.type())) {
					choices.add(other);
				}
			}
			for (SourceView other : others) {
				if (choices.size() < SOURCE_CHOICES && !choices.contains(other)) {
					choices.add(other);
				}
			}
			if (choices.size() < 2) {
				continue;
			}
			Collections.shuffle(choices, random);
			Statement claim = statement(event, candidate.claim(), base);
			questions.add(new SourceQuestion(questions.size() + 1, event.id(), event.title(), event.displayDate(),
					claim, choices.stream().map(Exercises::choice).toList(), cited.id(), claim.permalink()));
		}
		return questions;
	}

	static SourceChoice choice(SourceView source) {
		String by = !source.authors().isEmpty() ? String.join("; ", source.authors())
				: (source.container() != null) ? source.container() : source.publisher();
		return new SourceChoice(source.id(), source.title(), by, source.type(), kind(source.type()),
				whyTypeMatters(source.type()), source.reliability(), "/sources/" + source.id());
	}

	/** One source's kind, in words (the bibliography's headings are plural). */
	static String kind(String type) {
		return switch (type) {
			case "primary-document" -> "Primary document";
			case "scholarship" -> "Scholarship";
			case "reference-work" -> "Reference work";
			case "textbook" -> "Textbook or revision notes";
			default -> "Web page";
		};
	}

	/** What a student should know about a kind of source when weighing what it says. */
	static String whyTypeMatters(String type) {
		return switch (type) {
			case "primary-document" -> "A primary document was written at the time by those involved: direct "
					+ "evidence of what they said or decided, but it speaks for its author and must be read "
					+ "against other sources.";
			case "scholarship" -> "Scholarship is historians' published research: it weighs the evidence and "
					+ "cites it, the strongest support for a claim, though historians can disagree.";
			case "reference-work" -> "A reference work (an encyclopedia or a chronology) sums up the accepted "
					+ "account: good for names and dates, but second-hand, and it rarely shows its evidence.";
			case "textbook" -> "Textbooks and revision notes simplify for students and are not evidence: the "
					+ "revision material this project grew from has errors, so check it against scholarship.";
			default -> "A web page can be anything from a newspaper to a blog: ask who wrote it, when, and what "
					+ "it cites before relying on it.";
		};
	}

	/**
	 * A period's revision sheet entries: each key event with its date, why it mattered in
	 * one line, and short citations of the claim that says so (or of its first claim that
	 * is not deprecated).
	 * @param events the events of importance 1 and 2, in date order
	 * @param sources the bibliography, by id
	 * @param base the base of permalinks
	 * @return the entries
	 */
	static List<SheetEntry> sheet(List<EventDetail> events, Map<String, SourceView> sources, String base) {
		List<SheetEntry> entries = new ArrayList<>();
		for (EventDetail event : events) {
			ClaimView about = event.claims()
				.stream()
				.filter((claim) -> "significance".equals(claim.about()) && !claim.rank().equals("deprecated"))
				.findFirst()
				.orElse(null);
			ClaimView cited = (about != null) ? about
					: event.claims()
						.stream()
						.filter((claim) -> !claim.rank().equals("deprecated"))
						.findFirst()
						.orElse(null);
			String significance = (event.significance() != null) ? event.significance()
					: (about != null) ? about.text() : null;
			List<ShortCitation> citations = (cited == null) ? List.of()
					: cited.citations().stream().map((citation) -> shortCitation(citation, sources)).toList();
			entries.add(new SheetEntry(event.id(), event.title(), event.displayDate(), event.start(),
					event.importance(), significance, citations, base + event.permalink()));
		}
		return entries;
	}

	/**
	 * "Fu 2023, section 2": the first author's family name and the year, or the title.
	 */
	static ShortCitation shortCitation(CitationView citation, Map<String, SourceView> sources) {
		SourceView source = sources.get(citation.source());
		String name;
		if (source != null && !source.authors().isEmpty()) {
			String first = source.authors().get(0);
			name = (first.contains(",") ? first.substring(0, first.indexOf(',')) : first)
					+ ((source.authors().size() == 2) ? " and " + family(source.authors().get(1))
							: (source.authors().size() > 2) ? " et al." : "");
		}
		else {
			String title = citation.sourceTitle();
			name = (title.length() > 48) ? title.substring(0, 47).strip() + "…" : title;
		}
		String year = (source != null && source.date() != null && source.date().length() >= 4)
				? " " + source.date().substring(0, 4) : "";
		String locator = (citation.locator() != null) ? ", " + citation.locator() : "";
		return new ShortCitation(citation.source(), name + year + locator);
	}

	private static String family(String author) {
		return author.contains(",") ? author.substring(0, author.indexOf(',')) : author;
	}

	private record Candidate(EventDetail event, ClaimView claim) {

	}

}
