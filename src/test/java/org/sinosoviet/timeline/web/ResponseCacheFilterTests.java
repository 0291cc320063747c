package org.sinosoviet.timeline.web;

import java.time.Duration;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;

import org.sinosoviet.timeline.TimelineProperties;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sinosoviet.timeline.web.Forwarded.forwarded;

/**
 * The response cache on its own, in front of a servlet that counts how often it renders.
 */
class ResponseCacheFilterTests {

	private static final SiteUrls URLS = new SiteUrls(
			new TimelineProperties("data", 1 << 20, null, 4, Duration.ofSeconds(10), true));

	private final Rendering rendering = new Rendering();

	private final ResponseCacheFilter filter = new ResponseCacheFilter(1 << 20, URLS);

	@Test
	void cachedDownloadKeepsItsFileNameAndOtherHeaders() throws Exception {
		MockHttpServletResponse first = serve(get("/events/zhenbao.bib"));
		MockHttpServletResponse second = serve(get("/events/zhenbao.bib"));
		assertThat(this.rendering.count).as("the second answer comes from the cache").isEqualTo(1);
		for (MockHttpServletResponse response : List.of(first, second)) {
			assertThat(response.getStatus()).isEqualTo(200);
			assertThat(response.getHeader(HttpHeaders.CONTENT_DISPOSITION))
				.isEqualTo("attachment; filename=\"zhenbao.bib\"");
			assertThat(response.getHeader(HttpHeaders.CONTENT_LANGUAGE)).isEqualTo("en");
			assertThat(response.getHeaders(HttpHeaders.LINK)).containsExactly("</events/zhenbao>; rel=\"canonical\"",
					"</sources/fu-2023>; rel=\"cite-as\"");
			assertThat(response.getContentType()).isEqualTo("application/x-bibtex;charset=UTF-8");
			assertThat(response.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(Rendering.BODY);
		}
	}

	@Test
	void gzippedCopyKeepsTheHeadersToo() throws Exception {
		serve(get("/events/zhenbao.bib"));
		MockHttpServletResponse gzipped = serve(gzip(get("/events/zhenbao.bib")));
		assertThat(this.rendering.count).isEqualTo(1);
		assertGzippedBibliography(gzipped);
	}

	/** The gzipped answer to the .bib address, with its download header and its body. */
	private static void assertGzippedBibliography(MockHttpServletResponse response) throws Exception {
		assertThat(response.getHeader(HttpHeaders.CONTENT_ENCODING)).isEqualTo("gzip");
		assertThat(response.getHeader(HttpHeaders.CONTENT_DISPOSITION))
			.isEqualTo("attachment; filename=\"zhenbao.bib\"");
		assertThat(new String(ApiHttp.gunzip(response.getContentAsByteArray()), StandardCharsets.UTF_8))
			.isEqualTo(Rendering.BODY);
	}

	@Test
	void perRequestHeadersAreNotReplayed() throws Exception {
		// Filters outside the cache set these on every request, for that request.
		MockHttpServletResponse first = new MockHttpServletResponse();
		first.setHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
		first.addHeader(HttpHeaders.VARY, "Origin");
		first.setHeader("X-Frame-Options", "DENY");
		serve(get("/events/zhenbao.bib"), first);
		MockHttpServletResponse second = serve(get("/events/zhenbao.bib"));
		assertThat(this.rendering.count).isEqualTo(1);
		assertThat(second.getHeader(HttpHeaders.CONTENT_DISPOSITION)).isNotNull();
		assertThat(second.getHeaderNames()).doesNotContain(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, HttpHeaders.VARY,
				HttpHeaders.DATE, "X-Frame-Options");
	}

	@Test
	void unknownParametersAndBlankValuesShareTheEntryOfTheKnownOnes() throws Exception {
		serve(get("/?theme=border&from=1958"));
		serve(get("/?from=1958&utm_source=news&theme=border&_=1700000000&q="));
		serve(get("/?theme=%20border%20&from=1958&sort=&fbclid=x"));
		assertThat(this.rendering.count).isEqualTo(1);
	}

	@Test
	void everyKnownParameterIsKeyed() throws Exception {
		for (String query : List.of("", "period=split", "theme=border", "source=fu-2023", "actor=mao-zedong",
				"place=beijing", "from=1958", "to=1960", "q=treaty", "disputed=true", "sort=-date", "page=1", "size=5",
				"format=csl", "theme=border&theme=alliance", "theme=alliance&theme=border")) {
			serve(get("/events/zhenbao.bib?" + query));
		}
		assertThat(this.rendering.count).isEqualTo(16);
	}

	@Test
	void acceptHeadersThatChooseTheSameRepresentationShareTheEntry() throws Exception {
		serve(get("/events/zhenbao", "application/json"));
		serve(get("/events/zhenbao", "application/json, text/plain;q=0.5"));
		assertThat(this.rendering.count).isEqualTo(1);
		serve(get("/events/zhenbao", "text/html"));
		serve(get("/events/zhenbao", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"));
		assertThat(this.rendering.count).isEqualTo(2);
	}

	@Test
	void forwardedHostGetsItsOwnEntry() throws Exception {
		serve(forwarded(get("/events/zhenbao"), "evil.example"));
		serve(get("/events/zhenbao"));
		assertThat(this.rendering.count).isEqualTo(2);
	}

	@Test
	void theGzipCopyCountsAgainstTheBudget() throws Exception {
		Blob blob = new Blob(4000, 0);
		ResponseCacheFilter small = new ResponseCacheFilter(6000, URLS);
		serve(small, gzip(get("/export/events.csv")), blob);
		serve(small, gzip(get("/export/events.csv")), blob);
		assertThat(blob.count).as("4000 bytes and their gzip copy do not fit in 6000").isEqualTo(2);
		ResponseCacheFilter large = new ResponseCacheFilter(12_000, URLS);
		serve(large, gzip(get("/export/events.csv")), blob);
		serve(large, gzip(get("/export/events.csv")), blob);
		assertThat(blob.count).as("but they fit in 12000").isEqualTo(3);
	}

	@Test
	void theStoredHeadersCountAgainstTheBudget() throws Exception {
		Blob blob = new Blob(1000, 3000);
		ResponseCacheFilter small = new ResponseCacheFilter(3000, URLS);
		serve(small, get("/export/events.csv"), blob);
		serve(small, get("/export/events.csv"), blob);
		assertThat(blob.count).as("1000 bytes and a 3000-character header do not fit in 3000").isEqualTo(2);
	}

	@Test
	void withTheDoorkeeperAnAnswerIsKeptFromTheSecondRequestOn() throws Exception {
		ResponseCacheFilter repeats = new ResponseCacheFilter(1 << 20, URLS, true);
		MockHttpServletResponse first = new MockHttpServletResponse();
		repeats.doFilter(gzip(get("/events/zhenbao.bib")), first, new MockFilterChain(this.rendering));
		repeats.doFilter(get("/events/zhenbao.bib"), new MockHttpServletResponse(),
				new MockFilterChain(this.rendering));
		assertThat(this.rendering.count).as("asked for once, then again: rendered both times").isEqualTo(2);
		MockHttpServletResponse third = new MockHttpServletResponse();
		repeats.doFilter(gzip(get("/events/zhenbao.bib")), third, new MockFilterChain(this.rendering));
		assertThat(this.rendering.count).as("the third comes from the cache").isEqualTo(2);
		// An answer that is not kept still goes out as the client asked, with its
		// headers.
		for (MockHttpServletResponse response : List.of(first, third)) {
			assertGzippedBibliography(response);
		}
	}

	@Test
	void addressesAskedForOnceDoNotPushOutTheOnesAskedForAgain() throws Exception {
		// Room for about three entries of 4,000 bytes and their gzip copies.
		Blob blob = new Blob(4000, 0);
		ResponseCacheFilter repeats = new ResponseCacheFilter(30_000, URLS, true);
		serve(repeats, get("/export/events.csv"), blob);
		serve(repeats, get("/export/events.csv"), blob);
		for (int i = 0; i < 50; i++) {
			serve(repeats, get("/export/events.csv?q=unique" + i), blob);
		}
		int rendered = blob.count;
		serve(repeats, get("/export/events.csv"), blob);
		assertThat(blob.count).as("the repeated address is still cached").isEqualTo(rendered);

		ResponseCacheFilter everything = new ResponseCacheFilter(30_000, URLS);
		serve(everything, get("/export/events.csv"), blob);
		for (int i = 0; i < 50; i++) {
			serve(everything, get("/export/events.csv?q=unique" + i), blob);
		}
		rendered = blob.count;
		serve(everything, get("/export/events.csv"), blob);
		assertThat(blob.count).as("without the doorkeeper, the unique ones pushed it out").isEqualTo(rendered + 1);
	}

	private static MockHttpServletRequest gzip(MockHttpServletRequest request) {
		request.addHeader(HttpHeaders.ACCEPT_ENCODING, "gzip");
		return request;
	}

	private static void serve(ResponseCacheFilter filter, HttpServletRequest request, HttpServlet servlet)
			throws Exception {
		filter.doFilter(request, new MockHttpServletResponse(), new MockFilterChain(servlet));
	}

	private static MockHttpServletRequest get(String pathAndQuery) {
		return get(pathAndQuery, "*/*");
	}

	private static MockHttpServletRequest get(String pathAndQuery, String accept) {
		MockHttpServletRequest request = MockMvcRequestBuilders.get(URI.create(pathAndQuery))
			.header(HttpHeaders.HOST, "localhost")
			.header(HttpHeaders.ACCEPT, accept)
			.buildRequest(new MockServletContext());
		return request;
	}

	private MockHttpServletResponse serve(HttpServletRequest request) throws Exception {
		return serve(request, new MockHttpServletResponse());
	}

	private MockHttpServletResponse serve(HttpServletRequest request, MockHttpServletResponse response)
			throws Exception {
		this.filter.doFilter(request, response, new MockFilterChain(this.rendering));
		return response;
	}

	/** A citation file, as the app's controllers write one. */
	static final class Rendering extends HttpServlet {

		static final String BODY = "@misc{zhenbao,\n  title = {Clash on Zhenbao Island},\n" + "  note = {"
				+ "x".repeat(2000) + "}\n}\n";

		int count;

		@Override
		protected void doGet(HttpServletRequest request, HttpServletResponse response)
				throws ServletException, IOException {
			this.count++;
			response.setContentType("application/x-bibtex;charset=UTF-8");
			response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"zhenbao.bib\"");
			response.setHeader(HttpHeaders.CONTENT_LANGUAGE, "en");
			response.addHeader(HttpHeaders.LINK, "</events/zhenbao>; rel=\"canonical\"");
			response.addHeader(HttpHeaders.LINK, "</sources/fu-2023>; rel=\"cite-as\"");
			response.setHeader(HttpHeaders.DATE, "Sun, 02 Mar 1969 00:00:00 GMT");
			response.getOutputStream().write(BODY.getBytes(StandardCharsets.UTF_8));
		}

	}

	/** Bytes that gzip cannot shrink, and a header of a given length. */
	static final class Blob extends HttpServlet {

		private final byte[] body;

		private final String link;

		int count;

		Blob(int bytes, int headerLength) {
			this.body = new byte[bytes];
			new Random(1969).nextBytes(this.body);
			this.link = "<" + "/".repeat(Math.max(0, headerLength - 2)) + ">";
		}

		@Override
		protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
			this.count++;
			response.setContentType("application/octet-stream");
			if (this.link.length() > 2) {
				response.setHeader(HttpHeaders.LINK, this.link);
			}
			response.getOutputStream().write(this.body);
		}

	}

}
