package org.sinosoviet.timeline.event;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text folded for searching: accents and other marks removed (so "Хрущев" finds "Хрущёв"
 * and "Luthi" finds "Lüthi"), compatibility forms unified, lower case, single spaces.
 * Stored text and search words are folded the same way.
 */
final class SearchText {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private SearchText() {
	}

	static String fold(String text) {
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
		return SPACES.matcher(MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT)).replaceAll(" ");
	}

	/** The folded words of a search, each of which must appear. */
	static List<String> words(String query) {
		String folded = fold(query).strip();
		return folded.isEmpty() ? List.of() : Arrays.asList(folded.split(" "));
	}

}
