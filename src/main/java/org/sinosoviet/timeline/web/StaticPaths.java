package org.sinosoviet.timeline.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Paths served from static resources, which have their own caching.
 */
final class StaticPaths {

	private StaticPaths() {
	}

	static boolean isStatic(HttpServletRequest request) {
		String path = request.getRequestURI();
		return path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/images/")
				|| path.startsWith("/favicon") || path.startsWith("/swagger-ui/") || path.startsWith("/webjars/");
	}

}
