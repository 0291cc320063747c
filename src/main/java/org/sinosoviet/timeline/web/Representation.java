package org.sinosoviet.timeline.web;

import java.util.List;

import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotAcceptableException;

/**
 * Which representation of a permalink a client prefers: the page, unless it asks for JSON
 * more strongly than for HTML. The response cache and the ETags key on it too, so that
 * Accept headers that choose the same representation share one entry and one tag.
 */
public enum Representation {

	HTML, JSON;

	private static final List<MediaType> PAGE = List.of(MediaType.TEXT_HTML, MediaType.APPLICATION_XHTML_XML);

	private static final List<MediaType> DATA = List.of(MediaType.APPLICATION_JSON);

	/**
	 * The representation an {@code Accept} header prefers.
	 * @param accept the header, or {@code null}
	 * @return the page or the JSON
	 * @throws HttpMediaTypeNotAcceptableException if it accepts neither
	 */
	public static Representation preferred(String accept) throws HttpMediaTypeNotAcceptableException {
		List<MediaType> accepted;
		try {
			accepted = (accept == null || accept.isBlank()) ? List.of(MediaType.ALL)
					: MediaType.parseMediaTypes(accept);
		}
		catch (InvalidMediaTypeException ex) {
			accepted = List.of(MediaType.ALL);
		}
		double page = quality(accepted, PAGE);
		double data = quality(accepted, DATA);
		if (page == 0 && data == 0) {
			throw new HttpMediaTypeNotAcceptableException(List.of(MediaType.TEXT_HTML, MediaType.APPLICATION_JSON));
		}
		return (data > page) ? JSON : HTML;
	}

	/** The quality of the most specific accepted type that covers one of these. */
	private static double quality(List<MediaType> accepted, List<MediaType> offered) {
		double best = 0;
		int specificity = -1;
		for (MediaType type : accepted) {
			for (MediaType candidate : offered) {
				if (type.includes(candidate)) {
					int rank = type.isWildcardType() ? 0 : type.isWildcardSubtype() ? 1 : 2;
					if (rank > specificity || (rank == specificity && type.getQualityValue() > best)) {
						specificity = rank;
						best = type.getQualityValue();
					}
				}
			}
		}
		return best;
	}

}
