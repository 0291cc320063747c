package org.sinosoviet.timeline.web;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.sinosoviet.timeline.DatasetVersion;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every GET a strong ETag derived from the dataset version, the day (citations name
 * today as the access date) and the variant the response cache keys on (base URL and
 * representation), and a max-age, and answers a matching {@code If-None-Match} with 304
 * before any work is done. Only a 200 (or 304) carries the ETag; an error is
 * {@code no-store}, so that no shared cache keeps a 400 or a 404 for ten minutes. So is
 * the health endpoint, whose answer changes while the dataset does not.
 */
class HttpCachingFilter extends OncePerRequestFilter {

	static final String CACHE_CONTROL = "public, max-age=600";

	static final String NO_STORE = "no-store";

	/** Actuator's paths: only its health endpoint is exposed. */
	static final String ACTUATOR = "/actuator/";

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
		if (isActuator(request)) {
			noStore(response);
			chain.doFilter(request, response);
			return;
		}
		String etag = etag(request);
		// Origin: cross-origin answers carry CORS headers that others do not.
		response.addHeader(HttpHeaders.VARY, "Accept, Accept-Encoding, Origin");
		if (matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), etag)) {
			response.setHeader(HttpHeaders.ETAG, etag);
			response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			return;
		}
		CachingHeaders headers = new CachingHeaders(response, etag);
		chain.doFilter(request, headers);
		headers.apply(headers.getStatus());
	}

	static boolean isActuator(HttpServletRequest request) {
		return request.getRequestURI().startsWith(ACTUATOR);
	}

	/**
	 * Makes an error answer one that no cache stores, without a validator. The error page
	 * and Tomcat's report call it too: they write errors that this filter never sees, or
	 * sees only after it set the headers of a 200.
	 */
	static void noStore(HttpServletResponse response) {
		response.setHeader(HttpHeaders.CACHE_CONTROL, NO_STORE);
		// Tomcat removes a header set to null.
		response.setHeader(HttpHeaders.ETAG, null);
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

	/**
	 * Sets the caching headers for the status the response has whenever it may be about
	 * to be committed: the status is known only once the handler has chosen it.
	 */
	private static final class CachingHeaders extends HttpServletResponseWrapper {

		private final String etag;

		CachingHeaders(HttpServletResponse response, String etag) {
			super(response);
			this.etag = etag;
		}

		@Override
		public void setStatus(int status) {
			super.setStatus(status);
			apply(status);
		}

		@Override
		public void sendError(int status) throws IOException {
			apply(status);
			super.sendError(status);
		}

		@Override
		public void sendError(int status, String message) throws IOException {
			apply(status);
			super.sendError(status, message);
		}

		@Override
		public ServletOutputStream getOutputStream() throws IOException {
			apply(getStatus());
			return super.getOutputStream();
		}

		@Override
		public PrintWriter getWriter() throws IOException {
			apply(getStatus());
			return super.getWriter();
		}

		@Override
		public void flushBuffer() throws IOException {
			apply(getStatus());
			super.flushBuffer();
		}

		void apply(int status) {
			if (isCommitted()) {
				return;
			}
			// A temporary redirect may point somewhere new each time (the study pages
			// send
			// each visitor to a fresh random seed): no cache may keep it.
			if (status >= 400 || status == SC_FOUND || status == SC_SEE_OTHER || status == SC_TEMPORARY_REDIRECT) {
				noStore(this);
				return;
			}
			// A 301 may be cached for a while, but only a 200 is validated by this tag.
			setHeader(HttpHeaders.ETAG, (status == HttpServletResponse.SC_OK) ? this.etag : null);
			// Replaces what a view adds of its own (JacksonJsonView adds no-store).
			setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
		}

	}

}
