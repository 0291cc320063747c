package org.sinosoviet.timeline.citation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.sinosoviet.timeline.citation.Work.Kind;
import org.sinosoviet.timeline.citation.Work.Name;

/**
 * Writes works as biblatex entries that BibTeX reads too: BibTeX's entry types where it
 * has one ({@code @article}, {@code @book}, {@code @incollection}) and biblatex's where
 * it has none ({@code @online}, {@code @review}, {@code @inreference}, {@code @report}),
 * titles braced so that styles keep their capitals, both {@code journaltitle} and
 * {@code journal}, and {@code url}, {@code urldate}, {@code doi} and {@code date} for the
 * styles that print them.
 */
final class Bibtex {

	private Bibtex() {
	}

	static String entries(List<Work> works) {
		return works.stream().map(Bibtex::entry).collect(Collectors.joining("\n"));
	}

	static String entry(Work work) {
		Map<String, String> fields = new LinkedHashMap<>();
		if (!work.authors().isEmpty()) {
			fields.put("author", work.authors().stream().map(Bibtex::name).collect(Collectors.joining(" and ")));
		}
		if (!work.editors().isEmpty()) {
			fields.put("editor", work.editors().stream().map(Bibtex::name).collect(Collectors.joining(" and ")));
		}
		fields.put("title", "{" + escape(work.title()) + "}");
		// Each type's own container field, so that nothing ends up in howpublished.
		String container = escape(work.container());
		switch (work.kind()) {
			case ARTICLE, MAGAZINE_ARTICLE, BOOK_REVIEW -> fields.put("journaltitle", container);
			case NEWSPAPER_ARTICLE -> {
				fields.put("journaltitle", container);
				fields.put("entrysubtype", "newspaper");
			}
			case BOOK -> fields.put("series", container);
			case CHAPTER, ENCYCLOPEDIA_ENTRY -> fields.put("booktitle", container);
			case REPORT -> {
				fields.put("type", container);
				fields.put("institution", escape(work.publisher()));
			}
			case THESIS -> fields.put("institution", escape(work.publisher()));
			default -> fields.put("organization", container);
		}
		if (work.kind() == Kind.ARTICLE || work.kind() == Kind.MAGAZINE_ARTICLE || work.kind() == Kind.BOOK_REVIEW
				|| work.kind() == Kind.NEWSPAPER_ARTICLE) {
			// BibTeX's name for biblatex's journaltitle, for BibTeX styles.
			fields.put("journal", container);
		}
		if (work.kind() != Kind.REPORT && work.kind() != Kind.THESIS) {
			fields.put("publisher", escape(work.publisher()));
		}
		fields.put("volume", escape(work.volume()));
		fields.put("number", escape(work.issue()));
		fields.put("pages",
				(work.pages() != null) ? escape(work.pages()).replaceAll("(?<=\\d)\\s*[-–]\\s*(?=\\d)", "--") : null);
		if (work.issued() != null) {
			fields.put("year", String.valueOf(work.issued().year()));
			fields.put("date", work.issued().iso());
		}
		fields.put("doi", verbatim(work.doi()));
		fields.put("isbn", escape(work.isbn()));
		fields.put("url", verbatim(work.url()));
		fields.put("urldate", (work.accessed() != null) ? work.accessed().toString() : null);
		fields.put("note", escape(work.note()));
		StringBuilder entry = new StringBuilder("@").append(work.kind().bibtex).append('{').append(work.id());
		fields.forEach((name, value) -> {
			if (value != null && !value.isBlank()) {
				entry.append(",\n  ").append(name).append(" = {").append(value).append('}');
			}
		});
		return entry.append("\n}\n").toString();
	}

	private static String name(Name name) {
		// An organisation's name is braced, so that BibTeX takes it whole.
		return name.isPerson() ? escape(name.inverted()) : "{" + escape(name.literal()) + "}";
	}

	/** LaTeX's special characters escaped; whitespace collapsed. */
	static String escape(String text) {
		if (text == null) {
			return null;
		}
		StringBuilder out = new StringBuilder();
		for (char c : text.strip().replaceAll("\\s+", " ").toCharArray()) {
			switch (c) {
				case '\\' -> out.append("\\textbackslash{}");
				case '{', '}', '%', '&', '$', '#', '_' -> out.append('\\').append(c);
				case '~' -> out.append("\\textasciitilde{}");
				case '^' -> out.append("\\textasciicircum{}");
				default -> out.append(c);
			}
		}
		return out.toString();
	}

	/**
	 * URLs and DOIs are verbatim fields: only braces, which would end the field, are
	 * encoded.
	 */
	private static String verbatim(String text) {
		return (text != null) ? text.strip().replace("{", "%7B").replace("}", "%7D") : null;
	}

}
