package org.sinosoviet.timeline.web;

import jakarta.servlet.http.HttpServletRequest;

import org.sinosoviet.timeline.TimelineProperties;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Absolute addresses on this site: from the {@code timeline.base-url} setting, or else
 * from the current request.
 */
@Component
public class SiteUrls {

	private static final String BASE = SiteUrls.class.getName() + ".base";

	private final String configured;

	SiteUrls(TimelineProperties properties) {
		String base = properties.baseUrl();
		this.configured = (base == null || base.isBlank()) ? null : base.strip().replaceAll("/+$", "");
	}

	/**
	 * The site's base address, without a trailing slash.
	 * @return the base URL
	 */
	public String base() {
		if (this.configured != null) {
			return this.configured;
		}
		return (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)
				? base(attributes.getRequest()) : ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
	}

	/**
	 * The base address {@link #base()} gives while this request is served, for filters
	 * that run before Spring MVC holds the request.
	 * @param request the request being served
	 * @return the base URL
	 */
	String base(HttpServletRequest request) {
		if (this.configured != null) {
			return this.configured;
		}
		// Worked out once a request: the filters and every link of a page ask for it.
		if (request.getAttribute(BASE) instanceof String base) {
			return base;
		}
		String base = fromRequest(request);
		request.setAttribute(BASE, base);
		return base;
	}

	/**
	 * The scheme, host, port and context path the request was made to, as
	 * {@code ServletUriComponentsBuilder.fromContextPath} gives them, without building a
	 * URI on the hot path. Forwarded headers, where trusted, are already applied to the
	 * request by the server.
	 */
	static String fromRequest(HttpServletRequest request) {
		String scheme = request.getScheme();
		String host = request.getServerName();
		if (host.indexOf(':') >= 0 && !host.startsWith("[")) {
			host = "[" + host + "]";
		}
		int port = request.getServerPort();
		boolean defaultPort = port <= 0 || ("http".equals(scheme) && port == 80)
				|| ("https".equals(scheme) && port == 443);
		return scheme + "://" + host + (defaultPort ? "" : ":" + port) + request.getContextPath();
	}

	/**
	 * An absolute address for a path on this site.
	 * @param path a path starting with '/'
	 * @return the absolute URL
	 */
	public String absolute(String path) {
		return base() + path;
	}

}
