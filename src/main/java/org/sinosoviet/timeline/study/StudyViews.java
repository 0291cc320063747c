package org.sinosoviet.timeline.study;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

import org.sinosoviet.timeline.source.CitationView;

/**
 * The records study pages and the study API are built from: sets of questions with their
 * answers, and revision sheets. Formatting lives here, not in templates.
 */
public final class StudyViews {

	private StudyViews() {
	}

	/**
	 * A set of questions, reproducible from its seed and filters.
	 *
	 * @param exercise the exercise: order, when, spot or source
	 * @param seed the seed that chose the set
	 * @param filters the filters the questions were drawn from
	 * @param questions the questions, each with its answer
	 * @param <Q> the kind of question
	 */
	public record StudySet<Q>(
			@Schema(description = "The exercise: order, when, spot or source", example = "order") String exercise,
			@Schema(description = "The seed that chose the set: the same seed and filters give the same set",
					example = "19690302") long seed,
			@Schema(description = "The filters the questions were drawn from") Filters filters,
			@Schema(description = "The questions, each with its answer") List<Q> questions) {

	}

	/**
	 * The filters of a set.
	 *
	 * @param period a period id, or {@code null}
	 * @param theme theme ids
	 * @param importance the least important level included, or {@code null} for all
	 */
	public record Filters(@Schema(description = "A period id, or null", example = "split") String period,
			@Schema(description = "Theme ids; any of them matches", example = "[\"border\"]") List<String> theme,
			@Schema(description = "1: turning points only; 2: with significant events; null: every event",
					example = "1") Integer importance) {

	}

	/**
	 * An event in an ordering question.
	 *
	 * @param id the event id
	 * @param title the title
	 * @param displayDate the date for readers
	 * @param start the earliest day the date can mean
	 * @param end the latest day the date can mean
	 * @param why why it comes where it does in date order
	 * @param permalink the event's address
	 */
	public record OrderItem(@Schema(description = "The event id") String id,
			@Schema(description = "The title") String title,
			@Schema(description = "The date for readers", example = "2 March 1969") String displayDate,
			@Schema(description = "The earliest day the date can mean", example = "1969-03-02") LocalDate start,
			@Schema(description = "The latest day the date can mean", example = "1969-03-02") LocalDate end,
			@Schema(description = "Why it comes where it does in date order") String why,
			@Schema(description = "The event's address") String permalink) {

	}

	/**
	 * Put them in order: events whose dates cannot overlap, so that exactly one order is
	 * right.
	 *
	 * @param number the question's number in the set, from 1
	 * @param events the events in the order shown
	 * @param answer the same events in date order
	 */
	public record OrderQuestion(@Schema(description = "The question's number in the set, from 1") int number,
			@Schema(description = "The events in the order shown (shuffled)") List<OrderItem> events,
			@Schema(description = "The same events in date order: the answer") List<OrderItem> answer) {

		/**
		 * The event ids in date order.
		 * @return the ids
		 */
		public List<String> answerIds() {
			return this.answer.stream().map(OrderItem::id).toList();
		}

	}

	/**
	 * When was it? An event's title and summary, to be dated to the year or month.
	 *
	 * @param number the question's number in the set, from 1
	 * @param event the event id
	 * @param title the title
	 * @param summary the summary
	 * @param date the EDTF date
	 * @param start the earliest day the date can mean
	 * @param end the latest day the date can mean
	 * @param precision day, month or year
	 * @param displayDate the date for readers
	 * @param approximate whether the date is approximate
	 * @param uncertain whether the date is uncertain
	 * @param interval whether the event was a span
	 * @param asksMonth whether a month is asked for: the data knows the date to the month
	 * @param permalink the event's address
	 */
	public record WhenQuestion(@Schema(description = "The question's number in the set, from 1") int number,
			@Schema(description = "The event id") String event, @Schema(description = "The title") String title,
			@Schema(description = "The summary") String summary,
			@Schema(description = "The EDTF date: the answer", example = "1969-03-02") String date,
			@Schema(description = "The earliest day the date can mean", example = "1969-03-02") LocalDate start,
			@Schema(description = "The latest day the date can mean", example = "1969-03-02") LocalDate end,
			@Schema(description = "day, month or year", example = "day") String precision,
			@Schema(description = "The date for readers", example = "2 March 1969") String displayDate,
			@Schema(description = "Whether the date is approximate (EDTF ~)") boolean approximate,
			@Schema(description = "Whether the date is uncertain (EDTF ?)") boolean uncertain,
			@Schema(description = "Whether the event was a span: any year (or month) inside it is right") boolean interval,
			@Schema(description = "Whether a month may be answered: the data knows the date to the month") boolean asksMonth,
			@Schema(description = "The event's address") String permalink) {

	}

	/**
	 * A claim as a study question shows it, with its citations.
	 *
	 * @param claim the claim id within its event
	 * @param text the statement
	 * @param rank preferred, normal or deprecated
	 * @param reason why it is preferred or deprecated, or what is wrong with it
	 * @param verdict for a founding document's statement, its verdict
	 * @param citations the citations, with locators
	 * @param permalink the claim's address: the event's permalink with its anchor
	 */
	public record Statement(@Schema(description = "The claim id within its event") String claim,
			@Schema(description = "The statement") String text,
			@Schema(description = "preferred, normal or deprecated", example = "deprecated") String rank,
			@Schema(description = "Why it is preferred or deprecated, or what is wrong with it") String reason,
			@Schema(description = "For a founding document's statement: corroborated or contradicted",
					example = "contradicted") String verdict,
			@Schema(description = "The citations, with locators") List<CitationView> citations,
			@Schema(description = "The claim's address: the event's permalink with its anchor") String permalink) {

	}

	/**
	 * Spot the error: a founding document's statement that independent sources contradict
	 * or corroborate.
	 *
	 * @param number the question's number in the set, from 1
	 * @param event the event id
	 * @param eventTitle the event's title
	 * @param statement the statement, as the founding document makes it
	 * @param from the founding documents that make it: the question shows only these, as
	 * an independent citation would give the answer away
	 * @param verdict contradicted or corroborated: the answer
	 * @param versions the versions the sources give of the same point, in the order shown
	 * (empty when the statement has no competing versions)
	 * @param rightVersions the claim ids of the versions that are right
	 * @param correction the preferred version, when the statement is contradicted
	 * @param support the statements and sources that show it right or wrong
	 * @param permalink the event's address
	 */
	public record SpotQuestion(@Schema(description = "The question's number in the set, from 1") int number,
			@Schema(description = "The event id") String event,
			@Schema(description = "The event's title") String eventTitle,
			@Schema(description = "The statement, as the founding document makes it") Statement statement,
			@Schema(description = "The founding documents that make it, with locators") List<CitationView> from,
			@Schema(description = "contradicted or corroborated: the answer", example = "contradicted") String verdict,
			@Schema(description = "The versions the sources give of the same point, in the order shown; "
					+ "empty when there are none") List<Statement> versions,
			@Schema(description = "The claim ids of the versions that are right") List<String> rightVersions,
			@Schema(description = "The preferred version, when the statement is contradicted; or null") Statement correction,
			@Schema(description = "The other statements that show it right or wrong, with their sources") List<Statement> support,
			@Schema(description = "The event's address") String permalink) {

		/**
		 * Whether the statement is right.
		 * @return {@code true} for a corroborated statement
		 */
		public boolean right() {
			return "corroborated".equals(this.verdict);
		}

	}

	/**
	 * A source offered in a "which source says so?" question.
	 *
	 * @param id the source id
	 * @param title the title
	 * @param by the authors, or the container, for readers
	 * @param type the type id
	 * @param typeTitle the type, in words
	 * @param why why the type matters when weighing a claim
	 * @param reliability how far to trust this source, where the data says
	 * @param page the source's page
	 */
	public record SourceChoice(@Schema(description = "The source id") String id,
			@Schema(description = "The title") String title,
			@Schema(description = "The authors, or the work it appears in") String by,
			@Schema(description = "The type id", example = "scholarship") String type,
			@Schema(description = "The type, in words", example = "Primary document") String typeTitle,
			@Schema(description = "Why the type matters when weighing a claim") String why,
			@Schema(description = "How far to trust this source, where the data says; or null") String reliability,
			@Schema(description = "The source's page") String page) {

	}

	/**
	 * Which source says so? A claim and candidate sources, one of which the claim cites.
	 *
	 * @param number the question's number in the set, from 1
	 * @param event the event id
	 * @param eventTitle the event's title
	 * @param displayDate the event's date for readers
	 * @param claim the claim, with its citations
	 * @param choices the candidate sources, in the order shown
	 * @param answer the id of the source the claim cites
	 * @param permalink the claim's address
	 */
	public record SourceQuestion(@Schema(description = "The question's number in the set, from 1") int number,
			@Schema(description = "The event id") String event,
			@Schema(description = "The event's title") String eventTitle,
			@Schema(description = "The event's date for readers") String displayDate,
			@Schema(description = "The claim, with its citations") Statement claim,
			@Schema(description = "The candidate sources, in the order shown") List<SourceChoice> choices,
			@Schema(description = "The id of the candidate the claim cites: the answer") String answer,
			@Schema(description = "The claim's address") String permalink) {

		/**
		 * The right choice.
		 * @return the source the claim cites
		 */
		public SourceChoice answerChoice() {
			return this.choices.stream().filter((choice) -> choice.id().equals(this.answer)).findFirst().orElseThrow();
		}

	}

	/**
	 * A short citation: author and year, or a short title, with the locator.
	 *
	 * @param source the source id
	 * @param text the citation, such as "Fu 2023, section 2"
	 */
	public record ShortCitation(@Schema(description = "The source id") String source,
			@Schema(description = "The citation", example = "Fu 2023, section 2") String text) {

	}

	/**
	 * One key event on a revision sheet.
	 *
	 * @param id the event id
	 * @param title the title
	 * @param displayDate the date for readers
	 * @param start the earliest day
	 * @param importance 1 (a turning point) or 2 (significant)
	 * @param significance why it mattered, in one line
	 * @param citations short citations of the sources for it
	 * @param permalink the event's address
	 */
	public record SheetEntry(@Schema(description = "The event id") String id,
			@Schema(description = "The title") String title,
			@Schema(description = "The date for readers", example = "2 March 1969") String displayDate,
			@Schema(description = "The earliest day", example = "1969-03-02") LocalDate start,
			@Schema(description = "1: a turning point; 2: significant", example = "1") int importance,
			@Schema(description = "Why it mattered, in one line; or null") String significance,
			@Schema(description = "Short citations: the sources saying why it mattered, "
					+ "or else those of its first claim") List<ShortCitation> citations,
			@Schema(description = "The event's address") String permalink) {

	}

	/**
	 * A period's revision sheet: its turning points and significant events.
	 *
	 * @param period the period id
	 * @param title the period's title
	 * @param displayRange the period's span for readers
	 * @param events the key events, in date order
	 */
	public record RevisionSheet(@Schema(description = "The period id", example = "split") String period,
			@Schema(description = "The period's title") String title,
			@Schema(description = "The period's span for readers",
					example = "July 1960 – March 1966") String displayRange,
			@Schema(description = "Its events of importance 1 and 2, in date order") List<SheetEntry> events) {

	}

	/**
	 * The verdict on an answer to "when was it?".
	 *
	 * @param result right, partly (the right year, a month outside the date) or wrong
	 * @param headline the verdict in a sentence, with the date
	 * @param detail more about the answer, or an empty text
	 * @param precision how precisely the date is known, in words
	 */
	public record Judgement(String result, String headline, String detail, String precision) {

		public boolean right() {
			return "right".equals(this.result);
		}

	}

	/**
	 * The score of a set so far, as the student's own address carries it.
	 *
	 * @param right questions answered right
	 * @param answered questions answered
	 * @param total questions in the set
	 */
	public record Score(int right, int answered, int total) {

		public String text() {
			if (this.answered == 0) {
				return this.total + " questions, none answered yet";
			}
			return this.right + " of " + this.answered + " right" + ((this.answered < this.total)
					? ", " + (this.total - this.answered) + " to go" : ": the set is done");
		}

	}

	/**
	 * One place of an ordering, as answered and as it should be.
	 *
	 * @param position the place, from 1
	 * @param yours the event the student put there
	 * @param answer the event that belongs there
	 */
	public record Placed(int position, OrderItem yours, OrderItem answer) {

		public boolean inPlace() {
			return this.yours.id().equals(this.answer.id());
		}

	}

	/**
	 * The verdict on an ordering.
	 *
	 * @param placed each place, as answered and as it should be
	 * @param inPlace how many events are in their place
	 * @param repeated titles of events placed more than once
	 */
	public record OrderFeedback(List<Placed> placed, int inPlace, List<String> repeated) {

		public boolean right() {
			return this.inPlace == this.placed.size();
		}

	}

	/**
	 * The verdict on a "spot the error" answer.
	 *
	 * @param right whether the answer is right
	 * @param chosen the version chosen, or {@code null} where the question had none
	 * @param saidRight whether the student said the statement is right
	 */
	public record SpotFeedback(boolean right, Statement chosen, boolean saidRight) {

	}

	/**
	 * The verdict on a "which source says so?" answer.
	 *
	 * @param right whether the answer is right
	 * @param chosen the source chosen
	 */
	public record SourceFeedback(boolean right, SourceChoice chosen) {

	}

	/**
	 * A hidden field of a study form: how the set and the score travel without script.
	 *
	 * @param name the parameter's name
	 * @param value its value
	 */
	public record Hidden(String name, String value) {

	}

	/**
	 * A choice in a form's list.
	 *
	 * @param value the value sent
	 * @param label what the reader sees
	 */
	public record Option(String value, String label) {

	}

}
