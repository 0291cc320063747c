package org.sinosoviet.timeline.source;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What kind of publication a source is, bibliographically: what reference managers and
 * citation styles need to cite it right (a chapter has a book, a newspaper article a
 * paper). Its {@link SourceType} says instead what role the source plays here.
 */
public enum SourceKind {

	JOURNAL_ARTICLE, MAGAZINE_ARTICLE, NEWSPAPER_ARTICLE, BOOK, CHAPTER, BOOK_REVIEW, ENCYCLOPEDIA_ENTRY, WEB_PAGE,
	DOCUMENT, REPORT, THESIS;

	/**
	 * The id used in data files, such as {@code journal-article}.
	 * @return the id
	 */
	public String id() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	public static Optional<SourceKind> fromId(String id) {
		return Arrays.stream(values()).filter((kind) -> kind.id().equals(id)).findFirst();
	}

	/**
	 * The kind of a source whose file does not say: what its type and fields suggest.
	 * @param type its type
	 * @param container its container, or {@code null}
	 * @param url its address, or {@code null}
	 * @return the kind
	 */
	public static SourceKind implied(SourceType type, String container, String url) {
		return switch (type) {
			case SCHOLARSHIP -> (container != null) ? JOURNAL_ARTICLE : BOOK;
			case TEXTBOOK -> (container == null && url != null) ? WEB_PAGE : BOOK;
			case REFERENCE_WORK -> ENCYCLOPEDIA_ENTRY;
			case PRIMARY_DOCUMENT -> DOCUMENT;
			case WEB_PAGE -> WEB_PAGE;
		};
	}

}
