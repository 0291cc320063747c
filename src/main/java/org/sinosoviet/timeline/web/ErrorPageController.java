package org.sinosoviet.timeline.web;

import java.io.IOException;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.ModelAndView;

/**
 * Every error that reaches the container's error page: a friendly page for browsers, and
 * an RFC 9457 problem for everyone else, whatever they asked for. Never a stack trace.
 */
@Controller
@RequestMapping("${server.error.path:/error}")
class ErrorPageController implements ErrorController {

	private final ErrorAttributes errors;

	ErrorPageController(ErrorAttributes errors) {
		this.errors = errors;
	}

	@RequestMapping(produces = MediaType.TEXT_HTML_VALUE)
	ModelAndView page(HttpServletRequest request, HttpServletResponse response) {
		HttpStatus status = status(request);
		response.setStatus(status.value());
		HttpCachingFilter.noStore(response);
		String view = (status == HttpStatus.NOT_FOUND) ? "error/404"
				: status.is4xxClientError() ? "error/4xx" : "error";
		ModelAndView page = new ModelAndView(view);
		page.addObject("status", status.value());
		page.addObject("reason", status.getReasonPhrase());
		InvalidParameterException invalid = invalidParameter(request);
		page.addObject("invalid", (invalid != null) ? invalid.getReason() : null);
		return page;
	}

	@RequestMapping
	void problem(HttpServletRequest request, HttpServletResponse response) throws IOException {
		HttpStatus status = status(request);
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String instance = (uri != null) ? uri.toString() : null;
		InvalidParameterException invalid = invalidParameter(request);
		if (invalid != null) {
			// A page's parameter, named as the API names its own.
			ProblemDetail problem = Problems.of(status, "Invalid parameter", invalid.getReason(), instance);
			problem.setProperty("parameter", invalid.getParameter());
			problem.setProperty("allowed", invalid.getAllowed());
			if (!invalid.getValidValues().isEmpty()) {
				problem.setProperty("validValues", invalid.getValidValues());
			}
			Problems.write(response, problem);
			return;
		}
		Problems.write(response, Problems.of(status, status.getReasonPhrase(), detail(status, request), instance));
	}

	/** The parameter a page refused, if that is what failed. */
	private InvalidParameterException invalidParameter(HttpServletRequest request) {
		return (this.errors.getError(new ServletWebRequest(request)) instanceof InvalidParameterException invalid)
				? invalid : null;
	}

	private static String detail(HttpStatus status, HttpServletRequest request) {
		if (request.getAttribute(MalformedAddressFilter.DETAIL) instanceof String detail) {
			return detail;
		}
		return switch (status) {
			case NOT_FOUND -> "Nothing is published at this address. The API's endpoints are listed at /v3/api-docs.";
			case METHOD_NOT_ALLOWED ->
				"This site is read-only: " + method(request) + " is not allowed here. Use GET or HEAD.";
			case NOT_ACCEPTABLE -> "This resource is available as application/json (and pages as text/html); "
					+ "check the Accept header.";
			case UNSUPPORTED_MEDIA_TYPE -> "This site accepts no request bodies.";
			default -> status.is4xxClientError() ? "The request could not be served as sent."
					: "Something went wrong on our side; please try again.";
		};
	}

	/** The method of the request that failed, not the error dispatch's own. */
	private static String method(HttpServletRequest request) {
		Object method = request.getAttribute(RequestDispatcher.ERROR_METHOD);
		return (method != null) ? method.toString() : request.getMethod();
	}

	private static HttpStatus status(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = (code instanceof Integer value) ? HttpStatus.resolve(value) : null;
		return (status != null) ? status : HttpStatus.INTERNAL_SERVER_ERROR;
	}

}
