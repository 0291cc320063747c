package org.sinosoviet.timeline.web;

import jakarta.servlet.http.HttpServletRequest;
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
			new SiteUrls(new TimelineProperties("data", 0, null)));

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

}
