package org.sinosoviet.timeline.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * A request as Tomcat's RemoteIpValve leaves it after {@code X-Forwarded-Host}: the
 * server name is the forwarded host, the {@code Host} header is still the one sent.
 * ({@code MockHttpServletRequest} would take its server name from that header.)
 */
final class Forwarded extends HttpServletRequestWrapper {

	private final String host;

	private Forwarded(HttpServletRequest request, String host) {
		super(request);
		this.host = host;
	}

	static HttpServletRequest forwarded(HttpServletRequest request, String host) {
		return new Forwarded(request, host);
	}

	@Override
	public String getServerName() {
		return this.host;
	}

	@Override
	public StringBuffer getRequestURL() {
		return new StringBuffer(getScheme()).append("://").append(this.host).append(getRequestURI());
	}

}
