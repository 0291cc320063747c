package org.sinosoviet.timeline.web;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns errors in the JSON API into RFC 9457 problem details that name the parameter and
 * what it allows.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	@ExceptionHandler
	ResponseEntity<Object> invalidParameter(InvalidParameterException ex, WebRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getReason());
		problem.setTitle("Invalid parameter");
		problem.setProperty("parameter", ex.getParameter());
		problem.setProperty("allowed", ex.getAllowed());
		if (!ex.getValidValues().isEmpty()) {
			problem.setProperty("validValues", ex.getValidValues());
		}
		return handleExceptionInternal(ex, problem, new HttpHeaders(), HttpStatus.BAD_REQUEST, request);
	}

	@ExceptionHandler
	ResponseEntity<Object> notFound(NotFoundException ex, WebRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getReason());
		problem.setTitle("Not found");
		return handleExceptionInternal(ex, problem, new HttpHeaders(), HttpStatus.NOT_FOUND, request);
	}

	@ExceptionHandler
	ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException ex, WebRequest request) {
		String allowed = (ex.getRequiredType() != null && Number.class
			.isAssignableFrom(org.springframework.util.ClassUtils.resolvePrimitiveIfNecessary(ex.getRequiredType())))
					? "a whole number" : "a value of type " + ex.getParameter().getParameterType().getSimpleName();
		return invalidParameter(new InvalidParameterException(ex.getName(), String.valueOf(ex.getValue()), allowed),
				request);
	}

}
