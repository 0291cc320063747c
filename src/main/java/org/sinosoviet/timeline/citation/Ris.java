package org.sinosoviet.timeline.citation;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.sinosoviet.timeline.citation.Work.Kind;
import org.sinosoviet.timeline.citation.Work.Name;

/**
 * Writes works as RIS records, the format reference managers (Zotero, EndNote, Mendeley)
 * import: one {@code TAG  - value} line per field, CRLF line ends, {@code ER} closing
 * each record.
 */
final class Ris {

	static final String LINE_END = "\r\n";

	private Ris() {
	}

	static String records(List<Work> works) {
		return works.stream().map(Ris::record).collect(Collectors.joining(LINE_END));
	}

	static String record(Work work) {
		StringBuilder out = new StringBuilder();
		line(out, "TY", work.kind().ris);
		line(out, "ID", work.id());
		for (Name author : work.authors()) {
			line(out, "AU", author.inverted());
		}
		// Zotero reads a book's editors from A3 and other items' from A2.
		for (Name editor : work.editors()) {
			line(out, (work.kind() == Kind.BOOK) ? "A3" : "A2", editor.inverted());
		}
		line(out, "TI", work.title());
		// A manuscript's container is the archive it is held in; Zotero reads that from
		// DB.
		line(out, (work.kind() == Kind.DOCUMENT) ? "DB" : "T2", work.container());
		line(out, "PB", work.publisher());
		line(out, "VL", work.volume());
		line(out, "IS", work.issue());
		if (work.pages() != null) {
			String[] pages = work.pages().split("\\s*[-–]\\s*", 2);
			line(out, "SP", pages[0]);
			line(out, "EP", (pages.length > 1) ? pages[1] : null);
		}
		if (work.issued() != null) {
			line(out, "PY", String.format("%04d", work.issued().year()));
			line(out, "DA", date(work.issued().start()));
		}
		line(out, "UR", work.url());
		line(out, "DO", work.doi());
		line(out, "SN", work.isbn());
		if (work.accessed() != null) {
			LocalDate day = work.accessed();
			line(out, "Y2", date(List.of(day.getYear(), day.getMonthValue(), day.getDayOfMonth())));
		}
		line(out, "N1", work.note());
		line(out, "AB", work.abstractText());
		out.append("ER  - ").append(LINE_END);
		return out.toString();
	}

	/**
	 * RIS dates: {@code YYYY/MM/DD/} with empty unknown parts, such as {@code 1958/08//}.
	 */
	private static String date(List<Integer> parts) {
		StringBuilder text = new StringBuilder(String.format("%04d", parts.get(0)));
		for (int i = 1; i < 3; i++) {
			text.append('/').append((i < parts.size()) ? String.format("%02d", parts.get(i)) : "");
		}
		return text.append('/').toString();
	}

	private static void line(StringBuilder out, String tag, String value) {
		if (value == null || value.isBlank()) {
			return;
		}
		// A value is one line: a line break would start an untagged line.
		out.append(tag).append("  - ").append(value.strip().replaceAll("\\s+", " ")).append(LINE_END);
	}

}
