package org.sinosoviet.timeline.event;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.sinosoviet.timeline.web.QueryParameters;
import org.sinosoviet.timeline.web.SiteUrls;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpHeaders;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The {@code Link} header of a paged answer (RFC 8288): the first, previous, next and
 * last pages, absolute, with the same filters, so a client can walk a list without
 * building addresses.
 */
final class PageLinks {

	static final int MAX_HEADER_LENGTH = 4096;

	private PageLinks() {
	}

	static void add(Page<?> page, HttpServletRequest request, HttpServletResponse response, SiteUrls urls) {
		String query = QueryParameters.normalized(request);
		String self = urls.absolute(request.getRequestURI()) + (query.isEmpty() ? "" : "?" + query);
		int last = Math.max(0, page.getTotalPages() - 1);
		List<String> links = new ArrayList<>();
		links.add(link(self, 0, "first"));
		if (page.getNumber() > 0) {
			links.add(link(self, Math.min(page.getNumber() - 1, last), "prev"));
		}
		if (page.getNumber() < last) {
			links.add(link(self, page.getNumber() + 1, "next"));
		}
		links.add(link(self, last, "last"));
		String header = String.join(", ", links);
		// Four copies of a long query would pass the server's limit on response headers
		// and fail the answer; such a client built its address itself and can build the
		// next one.
		if (header.length() <= MAX_HEADER_LENGTH) {
			response.setHeader(HttpHeaders.LINK, header);
		}
	}

	private static String link(String self, int page, String rel) {
		String uri = UriComponentsBuilder.fromUriString(self).replaceQueryParam("page", page).build().toUriString();
		return "<" + uri + ">; rel=\"" + rel + "\"";
	}

}
