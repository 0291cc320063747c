package org.sinosoviet.timeline.web;

import java.util.List;

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

	private final List<String> validValues;

	public InvalidParameterException(String parameter, String value, String allowed) {
		this(parameter, value, allowed, List.of());
	}

	/**
	 * @param parameter the parameter's name
	 * @param value the value given
	 * @param allowed what is allowed, in words
	 * @param validValues the valid values, where they are a closed list
	 */
	public InvalidParameterException(String parameter, String value, String allowed, List<String> validValues) {
		super(HttpStatus.BAD_REQUEST, "Parameter '" + parameter + "' cannot be '" + value + "': " + allowed);
		this.parameter = parameter;
		this.value = value;
		this.allowed = allowed;
		this.validValues = List.copyOf(validValues);
	}

	public List<String> getValidValues() {
		return this.validValues;
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
