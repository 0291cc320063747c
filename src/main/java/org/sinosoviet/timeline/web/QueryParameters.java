package org.sinosoviet.timeline.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The query parameters the site reads, and a request's query string reduced to them. The
 * response cache keys on it and canonical links carry it, so tracking parameters
 * ({@code utm_source}, {@code _}) and the order parameters come in neither split the
 * cache nor reach a link.
 */
public final class QueryParameters {

	/**
	 * The timeline filters, the overview's lanes, paging, the citation format of a
	 * permalink, and the study pages' seed, question number, score and answers (each
	 * answer is its own page).
	 */
	public static final List<String> KNOWN = List.of("period", "theme", "source", "actor", "place", "from", "to", "q",
			"disputed", "verdict", "importance", "sort", "lanes", "page", "size", "format", "seed", "n", "right",
			"order", "year", "month", "judgement", "version", "pick");

	private static final List<String> BY_NAME = KNOWN.stream().sorted().toList();

	private QueryParameters() {
	}

	/**
	 * The request's query string, normalized: known parameters only, sorted by name
	 * (repeated values keep their order), blank values left out, values stripped and
	 * percent-encoded.
	 * @param request the request
	 * @return the query string without its {@code ?}, or an empty string
	 */
	public static String normalized(HttpServletRequest request) {
		return normalized(request.getParameterMap());
	}

	/**
	 * Parameters as a normalized query string, as
	 * {@link #normalized(HttpServletRequest)}.
	 * @param parameters the parameters by name
	 * @return the query string without its {@code ?}, or an empty string
	 */
	public static String normalized(Map<String, String[]> parameters) {
		StringJoiner query = new StringJoiner("&");
		for (String name : BY_NAME) {
			String[] values = parameters.get(name);
			if (values != null) {
				for (String value : values) {
					if (value != null && !value.isBlank()) {
						query.add(name + "=" + encode(value.strip()));
					}
				}
			}
		}
		return query.toString();
	}

	private static String encode(String value) {
		// A literal '+' is %2B here, so every '+' left is a space: spell it as links do.
		return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
	}

}
