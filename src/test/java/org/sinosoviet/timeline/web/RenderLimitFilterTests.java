package org.sinosoviet.timeline.web;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * At most the configured number of requests render at once; one that cannot start in time
 * gets a 503 problem, and a permit comes back however the render ends.
 */
class RenderLimitFilterTests {

	@Test
	void aRequestBeyondTheLimitWaitsThenGetsABusyProblem() throws Exception {
		RenderLimitFilter filter = new RenderLimitFilter(1, 200);
		CountDownLatch rendering = new CountDownLatch(1);
		CountDownLatch finish = new CountDownLatch(1);
		CompletableFuture<MockHttpServletResponse> first = CompletableFuture.supplyAsync(() -> {
			MockHttpServletResponse response = new MockHttpServletResponse();
			try {
				filter.doFilter(new MockHttpServletRequest("GET", "/"), response, (request, ignored) -> {
					rendering.countDown();
					try {
						finish.await(10, TimeUnit.SECONDS);
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
					}
				});
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
			return response;
		});
		assertThat(rendering.await(10, TimeUnit.SECONDS)).isTrue();

		MockHttpServletResponse busy = new MockHttpServletResponse();
		boolean[] rendered = { false };
		long start = System.nanoTime();
		filter.doFilter(new MockHttpServletRequest("GET", "/?q=new"), busy, (request, response) -> rendered[0] = true);
		assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).as("waited its turn first")
			.isGreaterThanOrEqualTo(150);
		assertThat(rendered[0]).isFalse();
		assertThat(busy.getStatus()).isEqualTo(503);
		assertThat(busy.getContentType()).startsWith("application/problem+json");
		assertThat(busy.getHeader("Retry-After")).isEqualTo("1");

		finish.countDown();
		assertThat(first.get(10, TimeUnit.SECONDS).getStatus()).isEqualTo(200);
		MockHttpServletResponse after = new MockHttpServletResponse();
		filter.doFilter(new MockHttpServletRequest("GET", "/?q=new"), after, (request, response) -> rendered[0] = true);
		assertThat(rendered[0]).as("rendered once the first finished").isTrue();
		assertThat(filter.available()).isEqualTo(1);
	}

	@Test
	void aFailedRenderGivesItsTurnBack() throws Exception {
		RenderLimitFilter filter = new RenderLimitFilter(2, 100);
		for (int i = 0; i < 3; i++) {
			try {
				filter.doFilter(new MockHttpServletRequest("GET", "/"), new MockHttpServletResponse(),
						(request, response) -> {
							throw new IllegalStateException("render failed");
						});
			}
			catch (IllegalStateException ex) {
				assertThat(ex).hasMessage("render failed");
			}
		}
		assertThat(filter.available()).isEqualTo(2);
	}

	@Test
	void staticFilesAndHealthProbesAreNotCounted() throws Exception {
		RenderLimitFilter filter = new RenderLimitFilter(1, 100);
		for (String path : new String[] { "/css/timeline.css", "/actuator/health/readiness" }) {
			int[] seen = { -1 };
			filter.doFilter(new MockHttpServletRequest("GET", path), new MockHttpServletResponse(),
					(request, response) -> seen[0] = filter.available());
			assertThat(seen[0]).as(path).isEqualTo(1);
		}
		int[] page = { -1 };
		filter.doFilter(new MockHttpServletRequest("GET", "/"), new MockHttpServletResponse(),
				(request, response) -> page[0] = filter.available());
		assertThat(page[0]).as("a page takes its turn").isZero();
	}

}
