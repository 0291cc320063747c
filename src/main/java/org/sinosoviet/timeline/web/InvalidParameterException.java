package org.sinosoviet.timeline.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * A request parameter with a value we cannot use. It names the parameter and says what is
 * allowed, and becomes a 400.
 */
public class InvalidParameterException extends ResponseStatusException {

	private final String parameter;

	private final String value;

	private final String allowed;

	public InvalidParameterException(String parameter, String value, String allowed) {
		super(HttpStatus.BAD_REQUEST, "Parameter '" + parameter + "' cannot be '" + value + "': " + allowed);
		this.parameter = parameter;
		this.value = value;
		this.allowed = allowed;
	}

	public String getParameter() {
		return this.parameter;
	}

	public String getValue() {
		return this.value;
	}

	public String getAllowed() {
		return this.allowed;
	}

}
