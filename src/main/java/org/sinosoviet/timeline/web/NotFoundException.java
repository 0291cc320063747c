package org.sinosoviet.timeline.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * No record has the requested id. Becomes a 404 page or problem.
 */
public class NotFoundException extends ResponseStatusException {

	public NotFoundException(String what, String id) {
		super(HttpStatus.NOT_FOUND, "No " + what + " has the id '" + id + "'.");
	}

}
