package org.sinosoviet.timeline.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The API is public and read-only: any origin may GET it, without credentials. The header
 * does not depend on the request, so cached responses can carry it too.
 */
class CorsFilter extends OncePerRequestFilter {

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !StaticPaths.isApi(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		response.setHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
		boolean preflight = request.getMethod().equals("OPTIONS")
				&& request.getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD) != null;
		if (preflight) {
			response.setHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, "GET, HEAD, OPTIONS");
			String headers = request.getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS);
			if (headers != null && headers.matches("[A-Za-z0-9, -]{1,500}")) {
				response.setHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, headers);
			}
			response.setHeader(HttpHeaders.ACCESS_CONTROL_MAX_AGE, "86400");
			response.setStatus(HttpServletResponse.SC_NO_CONTENT);
			return;
		}
		chain.doFilter(request, response);
	}

}
