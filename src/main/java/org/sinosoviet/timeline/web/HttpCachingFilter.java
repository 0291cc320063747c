package org.sinosoviet.timeline.web;

import java.io.IOException;
import java.time.LocalDate;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.sinosoviet.timeline.DatasetVersion;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every GET a strong ETag derived from the dataset version, the day (citations name
 * today as the access date) and the variant the response cache keys on (base URL and
 * representation), and a max-age, and answers a matching {@code If-None-Match} with 304
 * before any work is done.
 */
class HttpCachingFilter extends OncePerRequestFilter {

	static final String CACHE_CONTROL = "public, max-age=600";

	private final DatasetVersion version;

	private final SiteUrls urls;

	HttpCachingFilter(DatasetVersion version, SiteUrls urls) {
		this.version = version;
		this.urls = urls;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String method = request.getMethod();
		return !(method.equals("GET") || method.equals("HEAD")) || StaticPaths.isStatic(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String etag = etag(request);
		response.setHeader(HttpHeaders.ETAG, etag);
		response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
		response.addHeader(HttpHeaders.VARY, "Accept, Accept-Encoding");
		if (matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), etag)) {
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			return;
		}
		chain.doFilter(request, response);
	}

	private String etag(HttpServletRequest request) {
		// Absolute links depend on the base URL; the body on the representation.
		String variant = Integer.toHexString(ResponseCacheFilter.variant(this.urls, request).hashCode());
		// Event pages and citation files carry today's date as the access date.
		return "\"" + this.version.get() + "-" + LocalDate.now().toEpochDay() + "-" + variant
				+ (ResponseCacheFilter.acceptsGzip(request) ? "-gz" : "") + "\"";
	}

	private static boolean matches(String ifNoneMatch, String etag) {
		if (ifNoneMatch == null) {
			return false;
		}
		for (String candidate : ifNoneMatch.split(",")) {
			String tag = candidate.strip();
			if (tag.equals("*") || tag.equals(etag) || tag.equals("W/" + etag)) {
				return true;
			}
		}
		return false;
	}

}
