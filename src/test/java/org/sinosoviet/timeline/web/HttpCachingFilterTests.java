package org.sinosoviet.timeline.web;

import java.time.Duration;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;

import org.sinosoviet.timeline.DatasetVersion;
import org.sinosoviet.timeline.TimelineProperties;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sinosoviet.timeline.web.Forwarded.forwarded;

/**
 * ETags, max-age and 304s, in front of a chain that answers 200.
 */
class HttpCachingFilterTests {

	private final HttpCachingFilter filter = new HttpCachingFilter(new DatasetVersion(),
			new SiteUrls(new TimelineProperties("data", 0, null, 4, Duration.ofSeconds(10), true)));

	@Test
	void acceptHeadersThatChooseTheSameRepresentationGetTheSameTag() throws Exception {
		assertThat(etag(get("application/json"))).isEqualTo(etag(get("application/json, text/plain;q=0.5")));
		assertThat(etag(get("text/html")))
			.isEqualTo(etag(get("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")))
			.isNotEqualTo(etag(get("application/json")));
	}

	@Test
	void eachSiteAddressGetsItsOwnTag() throws Exception {
		assertThat(etag(forwarded(get("text/html"), "evil.example"))).isNotEqualTo(etag(get("text/html")));
	}

	@Test
	void errorsAreNotStoredAndCarryNoTag() throws Exception {
		for (int status : new int[] { 400, 404, 406, 500 }) {
			MockHttpServletResponse set = answer(get("application/json"), (response) -> response.setStatus(status));
			MockHttpServletResponse sent = answer(get("text/html"), (response) -> response.sendError(status));
			for (MockHttpServletResponse response : List.of(set, sent)) {
				assertThat(response.getStatus()).isEqualTo(status);
				assertThat(response.getHeaders(HttpHeaders.CACHE_CONTROL)).as("%d", status).containsExactly("no-store");
				assertThat(response.getHeader(HttpHeaders.ETAG)).as("%d", status).isNull();
			}
		}
	}

	@Test
	void redirectsKeepTheirMaxAgeButNoTag() throws Exception {
		MockHttpServletResponse moved = answer(get("text/html"), (response) -> {
			response.setStatus(301);
			response.setHeader(HttpHeaders.LOCATION, "/events/zhenbao");
		});
		assertThat(moved.getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo(HttpCachingFilter.CACHE_CONTROL);
		assertThat(moved.getHeader(HttpHeaders.ETAG)).isNull();
	}

	@Test
	void okAnswersAndNotModifiedCarryTheTag() throws Exception {
		MockHttpServletResponse ok = answer(get("text/html"),
				(response) -> response.getOutputStream().write("<p>ok</p>".getBytes(StandardCharsets.UTF_8)));
		assertThat(ok.getHeader(HttpHeaders.ETAG)).isNotNull();
		assertThat(ok.getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo(HttpCachingFilter.CACHE_CONTROL);
		MockHttpServletRequest again = get("text/html");
		again.addHeader(HttpHeaders.IF_NONE_MATCH, ok.getHeader(HttpHeaders.ETAG));
		MockHttpServletResponse notModified = answer(again, (response) -> {
			throw new AssertionError("a 304 does no work");
		});
		assertThat(notModified.getStatus()).isEqualTo(304);
		assertThat(notModified.getHeader(HttpHeaders.ETAG)).isEqualTo(ok.getHeader(HttpHeaders.ETAG));
	}

	private static MockHttpServletRequest get(String accept) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/events/zhenbao");
		request.addHeader(HttpHeaders.HOST, "localhost");
		request.addHeader(HttpHeaders.ACCEPT, accept);
		return request;
	}

	private String etag(HttpServletRequest request) throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.filter.doFilter(request, response, new MockFilterChain());
		return response.getHeader(HttpHeaders.ETAG);
	}

	private MockHttpServletResponse answer(HttpServletRequest request, Answer answer) throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.filter.doFilter(request, response,
				(servletRequest, servletResponse) -> answer.write((HttpServletResponse) servletResponse));
		return response;
	}

	/** What the handler behind the filter does. */
	interface Answer {

		void write(HttpServletResponse response) throws IOException;

	}

}
