package org.sinosoviet.timeline.source;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The bibliography page.
 */
@Controller
class SourceController {

	private final SourceService sources;

	SourceController(SourceService sources) {
		this.sources = sources;
	}

	@GetMapping("/sources")
	String sources(Model model) {
		List<SourceView> all = this.sources.sources();
		Map<String, List<SourceView>> byType = new LinkedHashMap<>();
		all.forEach((source) -> byType.computeIfAbsent(source.typeTitle(), (type) -> new ArrayList<>()).add(source));
		model.addAttribute("sourcesByType", byType);
		model.addAttribute("count", all.size());
		return "source/list";
	}

}
