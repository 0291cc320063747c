package org.sinosoviet.timeline.study;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.sinosoviet.timeline.study.Answers.OrderAnswer;
import org.sinosoviet.timeline.study.Answers.SourceAnswer;
import org.sinosoviet.timeline.study.Answers.SpotAnswer;
import org.sinosoviet.timeline.study.Answers.WhenAnswer;
import org.sinosoviet.timeline.study.StudyViews.Hidden;
import org.sinosoviet.timeline.study.StudyViews.Judgement;
import org.sinosoviet.timeline.study.StudyViews.OrderFeedback;
import org.sinosoviet.timeline.study.StudyViews.OrderQuestion;
import org.sinosoviet.timeline.study.StudyViews.Score;
import org.sinosoviet.timeline.study.StudyViews.SourceFeedback;
import org.sinosoviet.timeline.study.StudyViews.SourceQuestion;
import org.sinosoviet.timeline.study.StudyViews.SpotFeedback;
import org.sinosoviet.timeline.study.StudyViews.SpotQuestion;
import org.sinosoviet.timeline.study.StudyViews.StudySet;
import org.sinosoviet.timeline.study.StudyViews.WhenQuestion;
import org.sinosoviet.timeline.web.InvalidParameterException;
import org.sinosoviet.timeline.web.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * The study pages. Each question is a GET form whose answer is its own server-rendered
 * page; the set travels in the address (seed and filters) and the score in hidden fields,
 * so nothing is stored on the server.
 */
@Controller
class StudyController {

	private static final List<StudyViews.Option> MONTHS = java.util.stream.IntStream.rangeClosed(1, 12)
		.mapToObj((month) -> new StudyViews.Option(String.valueOf(month), DateJudge.monthName(month)))
		.toList();

	private final StudyService study;

	StudyController(StudyService study) {
		this.study = study;
	}

	@GetMapping("/study")
	String index(Model model) {
		model.addAttribute("periods", this.study.periods());
		model.addAttribute("themes", this.study.themes());
		return "study/index";
	}

	/**
	 * A question of any exercise; without a seed, a redirect to a fresh one.
	 */
	@GetMapping("/study/{exercise:order|when|spot|source}")
	ModelAndView question(@PathVariable String exercise, StudyParameters parameters) {
		Selection selection = parameters.selection();
		if (selection.seed() == null) {
			return fresh("/study/" + exercise, selection);
		}
		return question(exercise, selection, this.study.set(exercise, selection, ""));
	}

	@GetMapping("/study/order/answer")
	ModelAndView orderAnswer(StudyParameters parameters, OrderAnswer answer) {
		Selection selection = parameters.selection();
		StudySet<OrderQuestion> set = this.study.order(selection, "");
		OrderFeedback feedback = Marker.order(pick(set, selection), answer);
		return answered("order", selection, set, feedback, feedback.right());
	}

	@GetMapping("/study/when/answer")
	ModelAndView whenAnswer(StudyParameters parameters, WhenAnswer answer) {
		Selection selection = parameters.selection();
		StudySet<WhenQuestion> set = this.study.when(selection, "");
		int year = answer.yearValue();
		Integer month = answer.monthValue();
		Judgement feedback = DateJudge.judge(pick(set, selection), year, month);
		ModelAndView page = answered("when", selection, set, feedback, feedback.right());
		page.addObject("answerYear", year);
		page.addObject("answerMonth", (month != null) ? DateJudge.monthName(month) : null);
		return page;
	}

	@GetMapping("/study/spot/answer")
	ModelAndView spotAnswer(StudyParameters parameters, SpotAnswer answer) {
		Selection selection = parameters.selection();
		StudySet<SpotQuestion> set = this.study.spot(selection, "");
		SpotFeedback feedback = Marker.spot(pick(set, selection), answer);
		return answered("spot", selection, set, feedback, feedback.right());
	}

	@GetMapping("/study/source/answer")
	ModelAndView sourceAnswer(StudyParameters parameters, SourceAnswer answer) {
		Selection selection = parameters.selection();
		StudySet<SourceQuestion> set = this.study.source(selection, "");
		SourceFeedback feedback = Marker.source(pick(set, selection), answer);
		return answered("source", selection, set, feedback, feedback.right());
	}

	@GetMapping("/study/sheets/{period}")
	String sheet(@PathVariable String period, Model model) {
		model.addAttribute("sheet",
				this.study.sheet(period, "").orElseThrow(() -> new NotFoundException("period", period)));
		return "study/sheet";
	}

	/**
	 * No seed yet: a fresh random one, in an address that can be shared. The redirect is
	 * never cached, so each visitor gets a set of their own.
	 */
	static ModelAndView fresh(String path, Selection selection) {
		long seed = ThreadLocalRandom.current().nextLong(1, 1_000_000);
		String filters = selection.filterQuery();
		RedirectView redirect = new RedirectView(path + "?seed=" + seed + (filters.isEmpty() ? "" : "&" + filters),
				true);
		redirect.setExposeModelAttributes(false);
		redirect.setStatusCode(HttpStatus.FOUND);
		return new ModelAndView(redirect);
	}

	private static <Q> Q pick(StudySet<Q> set, Selection selection) {
		int size = set.questions().size();
		if (selection.number() > size) {
			throw new InvalidParameterException("n", String.valueOf(selection.number()),
					"a question number from 1 to " + size + ": this set has " + size);
		}
		return set.questions().get(selection.number() - 1);
	}

	private static <Q> ModelAndView question(String exercise, Selection selection, StudySet<Q> set) {
		Q question = pick(set, selection);
		ModelAndView page = new ModelAndView("study/" + exercise);
		page.addObject("exercise", exercise);
		page.addObject("set", set);
		page.addObject("question", question);
		page.addObject("number", selection.number());
		page.addObject("total", set.questions().size());
		page.addObject("score", new Score(selection.right(), selection.number() - 1, set.questions().size()));
		page.addObject("hidden", hidden(selection));
		page.addObject("action", "/study/" + exercise + "/answer");
		page.addObject("setKey", selection.question("/study/" + exercise, 1, 0));
		page.addObject("again", selection.question("/study/" + exercise, 1, 0));
		page.addObject("fresh", selection.fresh("/study/" + exercise));
		page.addObject("months", MONTHS);
		return page;
	}

	private static <Q> ModelAndView answered(String exercise, Selection selection, StudySet<Q> set, Object feedback,
			boolean right) {
		selection.requireSeed();
		ModelAndView page = question(exercise, selection, set);
		int score = selection.right() + (right ? 1 : 0);
		page.addObject("feedback", feedback);
		page.addObject("right", right);
		page.addObject("score", new Score(score, selection.number(), set.questions().size()));
		page.addObject("next", (selection.number() < set.questions().size())
				? selection.question("/study/" + exercise, selection.number() + 1, score) : null);
		return page;
	}

	private static List<Hidden> hidden(Selection selection) {
		List<Hidden> fields = new ArrayList<>();
		fields.add(new Hidden("seed", String.valueOf(selection.seed())));
		if (selection.filter().period() != null) {
			fields.add(new Hidden("period", selection.filter().period()));
		}
		selection.filter().themes().forEach((theme) -> fields.add(new Hidden("theme", theme)));
		if (selection.filter().importance() != null) {
			fields.add(new Hidden("importance", String.valueOf(selection.filter().importance())));
		}
		fields.add(new Hidden("n", String.valueOf(selection.number())));
		fields.add(new Hidden("right", String.valueOf(selection.right())));
		return fields;
	}

}
