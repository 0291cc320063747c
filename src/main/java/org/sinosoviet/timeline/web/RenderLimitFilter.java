package org.sinosoviet.timeline.web;

import java.io.IOException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets only a few requests render at once; the rest wait their turn. It sits behind the
 * response cache, so it holds back only answers that have to be computed. Two cores do
 * not render faster with thirty-two pages in flight than with four, but each page in
 * flight holds its entities and its body (up to a few MB): under a burst of new addresses
 * a small heap filled with them and spent its time collecting garbage. A request that
 * cannot start within {@code wait} gets 503 with Retry-After.
 */
class RenderLimitFilter extends OncePerRequestFilter {

	private final Semaphore renders;

	private final long waitMillis;

	RenderLimitFilter(int concurrentRenders, long waitMillis) {
		this.renders = new Semaphore(Math.max(1, concurrentRenders), true);
		this.waitMillis = waitMillis;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		// Static files cost nothing to send, and a health probe must not queue behind
		// pages.
		return StaticPaths.isStatic(request) || request.getRequestURI().startsWith(HttpCachingFilter.ACTUATOR);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean acquired;
		try {
			acquired = this.renders.tryAcquire(this.waitMillis, TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			acquired = false;
		}
		if (!acquired) {
			response.setHeader(HttpHeaders.RETRY_AFTER, "1");
			Problems.write(response,
					Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "Busy",
							"The server is answering many new requests at once. Try again in a moment.",
							request.getRequestURI()));
			return;
		}
		try {
			chain.doFilter(request, response);
		}
		finally {
			this.renders.release();
		}
	}

	int available() {
		return this.renders.availablePermits();
	}

}
