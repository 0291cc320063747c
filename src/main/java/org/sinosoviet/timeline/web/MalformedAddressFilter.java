package org.sinosoviet.timeline.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses an address whose percent-encoding is broken ({@code %} not followed by two hex
 * digits) with a 400 before anything tries to decode it. Tomcat lets some of these
 * through in path parameters ({@code /api/sources/a;b=%zz}), where Spring's decoding
 * would otherwise fail with a server error.
 */
class MalformedAddressFilter extends OncePerRequestFilter {

	/** The request attribute that gives the error page a precise detail. */
	static final String DETAIL = MalformedAddressFilter.class.getName() + ".detail";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!wellEncoded(request.getRequestURI()) || !wellEncoded(request.getQueryString())) {
			request.setAttribute(DETAIL, "The address has a malformed percent-encoding: each '%' must be followed by "
					+ "two hexadecimal digits, as in %20, the escapes must spell UTF-8, and a literal '%' is %25.");
			response.sendError(HttpServletResponse.SC_BAD_REQUEST);
			return;
		}
		chain.doFilter(request, response);
	}

	/**
	 * Whether every {@code %} starts an escape of two hex digits, and the escaped bytes
	 * form valid UTF-8 ({@code %E2%82} alone does not).
	 */
	static boolean wellEncoded(String raw) {
		if (raw == null || raw.indexOf('%') < 0) {
			return true;
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
		for (int i = 0; i < raw.length(); i++) {
			char c = raw.charAt(i);
			if (c == '%') {
				if (i + 2 >= raw.length()) {
					return false;
				}
				int high = Character.digit(raw.charAt(i + 1), 16);
				int low = Character.digit(raw.charAt(i + 2), 16);
				if (high < 0 || low < 0) {
					return false;
				}
				bytes.write((high << 4) | low);
				i += 2;
			}
			else {
				// Tomcat hands the raw target over as ISO-8859-1: one char per byte.
				bytes.write(c & 0xFF);
			}
		}
		try {
			StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes.toByteArray()));
			return true;
		}
		catch (CharacterCodingException ex) {
			return false;
		}
	}

}
