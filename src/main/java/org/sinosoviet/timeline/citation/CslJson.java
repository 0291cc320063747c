package org.sinosoviet.timeline.citation;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sinosoviet.timeline.citation.Work.Name;

/**
 * Works as CSL-JSON items, the input of citeproc processors (Zotero, Pandoc,
 * citeproc-js).
 */
final class CslJson {

	private CslJson() {
	}

	static Map<String, Object> item(Work work) {
		Map<String, Object> item = new LinkedHashMap<>();
		item.put("id", work.id());
		item.put("type", work.kind().csl);
		item.put("title", work.title());
		if (!work.authors().isEmpty()) {
			item.put("author", work.authors().stream().map(CslJson::name).toList());
		}
		if (!work.editors().isEmpty()) {
			item.put("editor", work.editors().stream().map(CslJson::name).toList());
		}
		put(item, "container-title", work.container());
		put(item, "publisher", work.publisher());
		put(item, "volume", work.volume());
		put(item, "issue", work.issue());
		put(item, "page", work.pages());
		if (work.issued() != null) {
			item.put("issued", work.issued().csl());
		}
		put(item, "URL", work.url());
		put(item, "DOI", work.doi());
		put(item, "ISBN", work.isbn());
		if (work.accessed() != null) {
			LocalDate day = work.accessed();
			item.put("accessed",
					Map.of("date-parts", List.of(List.of(day.getYear(), day.getMonthValue(), day.getDayOfMonth()))));
		}
		put(item, "note", work.note());
		put(item, "abstract", work.abstractText());
		return item;
	}

	private static Map<String, String> name(Name name) {
		Map<String, String> csl = new LinkedHashMap<>();
		if (name.isPerson()) {
			csl.put("family", name.family());
			if (name.given() != null) {
				csl.put("given", name.given());
			}
		}
		else {
			csl.put("literal", name.literal());
		}
		return csl;
	}

	private static void put(Map<String, Object> item, String key, String value) {
		if (value != null && !value.isBlank()) {
			item.put(key, value.strip());
		}
	}

}
