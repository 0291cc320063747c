package org.sinosoviet.timeline.web;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.catalina.connector.Connector;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The response cache on a real server behind a proxy that sends forwarded headers, as in
 * production: what a cached answer carries, and what it must not carry into the answers
 * of other requests.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "timeline.data-dir=src/test/resources/dataset/valid", "server.forward-headers-strategy=native" })
class ResponseCacheIntegrationTests extends ApiHttpTests {

	static final String ZHENBAO = "1969-03-02-zhenbao";

	static final String TREATY = "1950-02-14-treaty";

	private static final Pattern CANONICAL = Pattern.compile("<link rel=\"canonical\" href=\"([^\"]*)\">");

	@Autowired
	ServletWebServerApplicationContext context;

	@Test
	void largeAnswersLeaveInSlicesOf64Kilobytes() {
		Connector connector = ((TomcatWebServer) this.context.getWebServer()).getTomcat().getConnector();
		assertThat(connector.getProperty("socket.appWriteBufSize"))
			.hasToString(String.valueOf(TomcatConfiguration.WRITE_BUFFER_BYTES));
		HttpResponse<byte[]> page = this.http.get("/");
		assertThat(page.statusCode()).isEqualTo(200);
	}

	@Test
	void downloadsAnsweredFromTheCacheKeepTheirFileNames() {
		for (String path : List.of("/events/" + ZHENBAO + ".bib", "/export/events.csv")) {
			HttpResponse<byte[]> first = this.http.get(path);
			// The second request for an address fills the cache (the doorkeeper); the
			// third is answered from it.
			this.http.get(path);
			HttpResponse<byte[]> cached = this.http.get(path);
			assertThat(first.statusCode()).as(path).isEqualTo(200);
			assertThat(cached.body()).as(path).isEqualTo(first.body());
			assertThat(cached.headers().firstValue("Content-Disposition")).as(path)
				.isPresent()
				.isEqualTo(first.headers().firstValue("Content-Disposition"));
		}
	}

	@Test
	void aForwardedHostDoesNotLeakIntoLaterPlainAnswers() {
		for (String[] request : List.of(new String[] { "/events/" + TREATY, "application/json" },
				new String[] { "/events/" + TREATY, "text/html" }, new String[] { "/?theme=alliance", "text/html" })) {
			String path = request[0];
			String accept = request[1];
			String forwarded = text(this.http.get(path, "Accept", accept, "X-Forwarded-Host", "evil.example"));
			assertThat(forwarded).as("links follow the forwarded host: " + path).contains("//evil.example");
			String plain = text(this.http.get(path, "Accept", accept));
			assertThat(plain).as(accept + " " + path).doesNotContain("evil.example").contains("//localhost");
		}
	}

	@Test
	void headersNamedLikeParametersNeitherFilterNorReachTheCache() {
		// Spring's model-attribute binding took request headers as values too: a "q"
		// header filtered the list, a "sort" header made it a 400, and the cache kept
		// such an answer for the plain address.
		String all = total(this.http.get("/api/events?size=3"));
		HttpResponse<byte[]> headed = this.http.get("/api/events?size=2", "q", "Zhenbao", "sort", "bogus", "theme",
				"no-such-theme");
		assertThat(headed.statusCode()).isEqualTo(200);
		assertThat(total(headed)).isEqualTo(all);
		assertThat(total(this.http.get("/api/events?size=2"))).isEqualTo(all);
		assertThat(total(this.http.get("/api/events?size=2&q=Zhenbao"))).isNotEqualTo(all);
	}

	private static String total(HttpResponse<byte[]> response) {
		Matcher total = Pattern.compile("\"totalElements\":([0-9]+)").matcher(text(response));
		assertThat(total.find()).as(text(response)).isTrue();
		return total.group(1);
	}

	@Test
	void canonicalLinksLeaveOutUnknownParameters() {
		String page = text(
				this.http.get("/?utm_source=news&theme=border&_=1700000000&q=&from=%201950%20", "Accept", "text/html"));
		Matcher canonical = CANONICAL.matcher(page);
		assertThat(canonical.find()).isTrue();
		assertThat(canonical.group(1)).isEqualTo("http://localhost:" + this.port + "/?from=1950&amp;theme=border");
	}

	private static String text(HttpResponse<byte[]> response) {
		assertThat(response.statusCode()).isEqualTo(200);
		return new String(response.body(), StandardCharsets.UTF_8);
	}

}
