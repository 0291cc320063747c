package org.sinosoviet.timeline.study;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.sinosoviet.timeline.study.Answers.OrderAnswer;
import org.sinosoviet.timeline.study.Answers.SourceAnswer;
import org.sinosoviet.timeline.study.Answers.SpotAnswer;
import org.sinosoviet.timeline.study.StudyViews.OrderFeedback;
import org.sinosoviet.timeline.study.StudyViews.OrderItem;
import org.sinosoviet.timeline.study.StudyViews.OrderQuestion;
import org.sinosoviet.timeline.study.StudyViews.Placed;
import org.sinosoviet.timeline.study.StudyViews.SourceChoice;
import org.sinosoviet.timeline.study.StudyViews.SourceFeedback;
import org.sinosoviet.timeline.study.StudyViews.SourceQuestion;
import org.sinosoviet.timeline.study.StudyViews.SpotFeedback;
import org.sinosoviet.timeline.study.StudyViews.SpotQuestion;
import org.sinosoviet.timeline.study.StudyViews.Statement;

/**
 * Marks answers to the ordering, "spot the error" and "which source" questions ("when was
 * it?" has {@link DateJudge}).
 */
final class Marker {

	private Marker() {
	}

	static OrderFeedback order(OrderQuestion question, OrderAnswer answer) {
		List<String> ids = answer.ids(question.answerIds());
		List<Placed> placed = new ArrayList<>();
		Set<String> seen = new LinkedHashSet<>();
		Set<String> repeated = new LinkedHashSet<>();
		int inPlace = 0;
		for (int i = 0; i < ids.size(); i++) {
			OrderItem yours = item(question, ids.get(i));
			Placed place = new Placed(i + 1, yours, question.answer().get(i));
			inPlace += place.inPlace() ? 1 : 0;
			if (!seen.add(yours.id())) {
				repeated.add(yours.title());
			}
			placed.add(place);
		}
		return new OrderFeedback(placed, inPlace, List.copyOf(repeated));
	}

	private static OrderItem item(OrderQuestion question, String id) {
		return question.answer().stream().filter((item) -> item.id().equals(id)).findFirst().orElseThrow();
	}

	static SpotFeedback spot(SpotQuestion question, SpotAnswer answer) {
		if (!question.versions().isEmpty()) {
			String id = answer.versionValue(question.versions().stream().map(Statement::claim).toList());
			Statement chosen = question.versions()
				.stream()
				.filter((version) -> version.claim().equals(id))
				.findFirst()
				.orElseThrow();
			return new SpotFeedback(question.rightVersions().contains(id), chosen,
					id.equals(question.statement().claim()));
		}
		boolean saysRight = answer.saysRight();
		return new SpotFeedback(saysRight == question.right(), null, saysRight);
	}

	static SourceFeedback source(SourceQuestion question, SourceAnswer answer) {
		String id = answer.pickValue(question.choices().stream().map(SourceChoice::id).toList());
		SourceChoice chosen = question.choices().stream().filter((c) -> c.id().equals(id)).findFirst().orElseThrow();
		return new SourceFeedback(id.equals(question.answer()), chosen);
	}

}
