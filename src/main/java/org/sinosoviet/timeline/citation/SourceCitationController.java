package org.sinosoviet.timeline.citation;

import java.util.List;

import org.sinosoviet.timeline.source.SourceService;
import org.sinosoviet.timeline.source.SourceView;
import org.sinosoviet.timeline.web.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * A source's own bibliographic record as BibTeX, RIS and CSL-JSON.
 */
@RestController
class SourceCitationController {

	private final SourceService sources;

	private final JsonMapper json;

	SourceCitationController(SourceService sources, JsonMapper json) {
		this.sources = sources;
		this.json = json;
	}

	@GetMapping("/sources/{id}.bib")
	ResponseEntity<String> bibtex(@PathVariable String id) {
		return Downloads.file(Bibtex.entry(work(id)), Downloads.BIBTEX, id + ".bib", true);
	}

	@GetMapping("/sources/{id}.ris")
	ResponseEntity<String> ris(@PathVariable String id) {
		return Downloads.file(Ris.record(work(id)), Downloads.RIS, id + ".ris", true);
	}

	@GetMapping("/sources/{id}.json")
	ResponseEntity<String> cslJson(@PathVariable String id) {
		String body = this.json.writerWithDefaultPrettyPrinter().writeValueAsString(List.of(CslJson.item(work(id))));
		return Downloads.file(body, Downloads.CSL_JSON, id + ".json", false);
	}

	private Work work(String id) {
		SourceView source = this.sources.source(id).orElseThrow(() -> new NotFoundException("source", id));
		return Work.of(source);
	}

}
