package org.sinosoviet.timeline.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns errors in the JSON API into RFC 9457 problem details that name the parameter and
 * what it allows. They are written by {@link Problems}, as every other error is, and not
 * by Spring's message converters.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	@ExceptionHandler
	ResponseEntity<Object> invalidParameter(InvalidParameterException ex, WebRequest request) {
		ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "Invalid parameter", ex.getReason(), null);
		problem.setProperty("parameter", ex.getParameter());
		problem.setProperty("allowed", ex.getAllowed());
		if (!ex.getValidValues().isEmpty()) {
			problem.setProperty("validValues", ex.getValidValues());
		}
		return handleExceptionInternal(ex, problem, new HttpHeaders(), HttpStatus.BAD_REQUEST, request);
	}

	@ExceptionHandler
	ResponseEntity<Object> notFound(NotFoundException ex, WebRequest request) {
		ProblemDetail problem = Problems.of(HttpStatus.NOT_FOUND, "Not found", ex.getReason(), null);
		return handleExceptionInternal(ex, problem, new HttpHeaders(), HttpStatus.NOT_FOUND, request);
	}

	@ExceptionHandler
	ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException ex, WebRequest request) {
		String allowed = (ex.getRequiredType() != null
				&& Number.class.isAssignableFrom(ClassUtils.resolvePrimitiveIfNecessary(ex.getRequiredType())))
						? "a whole number" : "a value of type " + ex.getParameter().getParameterType().getSimpleName();
		return invalidParameter(new InvalidParameterException(ex.getName(), String.valueOf(ex.getValue()), allowed),
				request);
	}

	/**
	 * Writes the problem of every handler here, this class's and the inherited ones for
	 * Spring MVC's own exceptions, with the headers they add (Allow, Accept).
	 */
	@Override
	protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status,
			WebRequest request) {
		if (!(body instanceof ProblemDetail problem) || !(request instanceof ServletWebRequest servlet)
				|| servlet.getResponse() == null) {
			return super.createResponseEntity(body, headers, status, request);
		}
		HttpServletRequest servletRequest = servlet.getRequest();
		HttpServletResponse response = servlet.getResponse();
		if (problem.getType() == null) {
			problem.setType(Problems.BLANK);
		}
		if (problem.getInstance() == null) {
			problem.setInstance(URI.create(servletRequest.getRequestURI()));
		}
		headers.forEach((name, values) -> values.forEach((value) -> response.addHeader(name, value)));
		try {
			Problems.write(response, problem);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		// The response is written: nothing is left for Spring MVC to render.
		return null;
	}

}
