package org.sinosoviet.timeline.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

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
		// The query the response cache keys on: one page, one address.
		String query = QueryParameters.normalized(request);
		return this.urls.absolute(request.getRequestURI()) + (query.isEmpty() ? "" : "?" + query);
	}

}
