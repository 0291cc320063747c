package org.sinosoviet.timeline.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import java.util.Arrays;
import java.util.TreeMap;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What every page's layout needs: its canonical address (none on error pages).
 */
@ControllerAdvice(annotations = Controller.class)
class PageModelAdvice {

	private final SiteUrls urls;

	PageModelAdvice(SiteUrls urls) {
		this.urls = urls;
	}

	@ModelAttribute("canonicalUrl")
	String canonicalUrl(HttpServletRequest request) {
		if (request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) != null) {
			return null;
		}
		// Normalized: parameters sorted by name, empty form fields left out.
		UriComponentsBuilder canonical = UriComponentsBuilder
			.fromUriString(this.urls.absolute(request.getRequestURI()));
		new TreeMap<>(request.getParameterMap()).forEach((name, values) -> Arrays.stream(values)
			.filter((value) -> value != null && !value.isBlank())
			.forEach((value) -> canonical.queryParam(name, value.strip())));
		return canonical.encode().build().toUriString();
	}

}
