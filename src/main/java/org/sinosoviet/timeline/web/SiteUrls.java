package org.sinosoviet.timeline.web;

import jakarta.servlet.http.HttpServletRequest;

import org.sinosoviet.timeline.TimelineProperties;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Absolute addresses on this site: from the {@code timeline.base-url} setting, or else
 * from the current request.
 */
@Component
public class SiteUrls {

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
		return (this.configured != null) ? this.configured
				: ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
	}

	/**
	 * The base address {@link #base()} gives while this request is served, for filters
	 * that run before Spring MVC holds the request.
	 * @param request the request being served
	 * @return the base URL
	 */
	String base(HttpServletRequest request) {
		return (this.configured != null) ? this.configured
				: ServletUriComponentsBuilder.fromContextPath(request).toUriString();
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
