package org.sinosoviet.timeline.citation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An EDTF date split into its ends and their known parts (year, month, day), as the
 * citation formats want them: CSL date-parts, ISO 8601 and {@code YYYY/MM/DD}.
 *
 * @param ends one or two ends, each of one to three numbers
 * @param circa whether the date is approximate
 */
record DateParts(List<List<Integer>> ends, boolean circa) {

	private static final Pattern END = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?([?~%])?");

	static DateParts parse(String edtf) {
		List<List<Integer>> ends = new ArrayList<>();
		boolean circa = false;
		for (String text : edtf.split("/")) {
			Matcher matcher = END.matcher(text.strip());
			if (!matcher.matches()) {
				throw new IllegalArgumentException("Not an EDTF date: " + edtf);
			}
			List<Integer> parts = new ArrayList<>();
			for (int group = 1; group <= 3 && matcher.group(group) != null; group++) {
				parts.add(Integer.parseInt(matcher.group(group)));
			}
			ends.add(List.copyOf(parts));
			circa |= matcher.group(4) != null && !matcher.group(4).equals("?");
		}
		return new DateParts(List.copyOf(ends), circa);
	}

	List<Integer> start() {
		return this.ends.get(0);
	}

	List<Integer> end() {
		return this.ends.get(this.ends.size() - 1);
	}

	boolean isInterval() {
		return this.ends.size() > 1;
	}

	int year() {
		return start().get(0);
	}

	/**
	 * ISO 8601 (W3CDTF) of one end: {@code 1969}, {@code 1969-03} or {@code 1969-03-02}.
	 */
	static String iso(List<Integer> parts) {
		return join(parts, "-");
	}

	/** The Highwire Press form of one end: {@code 1969/03/02}. */
	static String slashed(List<Integer> parts) {
		return join(parts, "/");
	}

	/** ISO 8601 of the whole date: one day, month or year, or an interval. */
	String iso() {
		return isInterval() ? iso(start()) + "/" + iso(end()) : iso(start());
	}

	/** A CSL-JSON date: {@code {"date-parts": [[1969, 3, 2]]}}. */
	Map<String, Object> csl() {
		Map<String, Object> date = new LinkedHashMap<>();
		date.put("date-parts", this.ends);
		if (this.circa) {
			date.put("circa", true);
		}
		return date;
	}

	private static String join(List<Integer> parts, String separator) {
		StringBuilder text = new StringBuilder(String.format("%04d", parts.get(0)));
		for (int i = 1; i < parts.size(); i++) {
			text.append(separator).append(String.format("%02d", parts.get(i)));
		}
		return text.toString();
	}

}
