package org.sinosoviet.timeline.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The response cache on its own, in front of a servlet that counts how often it renders.
 */
class ResponseCacheFilterTests {

	private final Rendering rendering = new Rendering();

	private final ResponseCacheFilter filter = new ResponseCacheFilter(1 << 20);

	@Test
	void cachedDownloadKeepsItsFileNameAndOtherHeaders() throws Exception {
		MockHttpServletResponse first = serve(get("/events/zhenbao.bib"));
		MockHttpServletResponse second = serve(get("/events/zhenbao.bib"));
		assertThat(this.rendering.count).as("the second answer comes from the cache").isEqualTo(1);
		for (MockHttpServletResponse response : new MockHttpServletResponse[] { first, second }) {
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
		MockHttpServletRequest request = get("/events/zhenbao.bib");
		request.addHeader(HttpHeaders.ACCEPT_ENCODING, "gzip");
		MockHttpServletResponse gzipped = serve(request);
		assertThat(this.rendering.count).isEqualTo(1);
		assertThat(gzipped.getHeader(HttpHeaders.CONTENT_ENCODING)).isEqualTo("gzip");
		assertThat(gzipped.getHeader(HttpHeaders.CONTENT_DISPOSITION))
			.isEqualTo("attachment; filename=\"zhenbao.bib\"");
		assertThat(new String(ApiHttp.gunzip(gzipped.getContentAsByteArray()), StandardCharsets.UTF_8))
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

	private static MockHttpServletRequest get(String path) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
		request.addHeader(HttpHeaders.ACCEPT, "*/*");
		return request;
	}

	private MockHttpServletResponse serve(MockHttpServletRequest request) throws Exception {
		return serve(request, new MockHttpServletResponse());
	}

	private MockHttpServletResponse serve(MockHttpServletRequest request, MockHttpServletResponse response)
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

}
