package org.sinosoviet.timeline.web;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;

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

	@Test
	void downloadsAnsweredFromTheCacheKeepTheirFileNames() {
		for (String path : List.of("/events/" + ZHENBAO + ".bib", "/export/events.csv")) {
			HttpResponse<byte[]> first = this.http.get(path);
			HttpResponse<byte[]> cached = this.http.get(path);
			assertThat(first.statusCode()).as(path).isEqualTo(200);
			assertThat(cached.body()).as(path).isEqualTo(first.body());
			assertThat(cached.headers().firstValue("Content-Disposition")).as(path)
				.isPresent()
				.isEqualTo(first.headers().firstValue("Content-Disposition"));
		}
	}

}
