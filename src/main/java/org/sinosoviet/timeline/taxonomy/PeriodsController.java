package org.sinosoviet.timeline.taxonomy;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Every periodization side by side.
 */
@Controller
class PeriodsController {

	private final TaxonomyService taxonomy;

	PeriodsController(TaxonomyService taxonomy) {
		this.taxonomy = taxonomy;
	}

	@GetMapping("/periods")
	String periods(Model model) {
		model.addAttribute("bands", PeriodBands.of(this.taxonomy.schemes()));
		return "period/list";
	}

}
