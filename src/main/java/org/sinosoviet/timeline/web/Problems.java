package org.sinosoviet.timeline.web;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;

/**
 * Every error this site answers is an RFC 9457 problem built and written here, whoever
 * answers it: the API's exception handler, the error page controller and Tomcat's error
 * report valve. Its fields are type, title, status, detail, instance when known, then any
 * properties ({@code parameter}, {@code allowed}, {@code validValues}).
 */
final class Problems {

	/**
	 * The valve is made by Tomcat and gets no Spring beans, so the one mapper for
	 * problems is this one. The mixin puts the properties beside the standard fields and
	 * leaves out empty ones, as Spring's converters do; the fields keep the order RFC
	 * 9457 lists them in.
	 */
	private static final JsonMapper JSON = JsonMapper.builder()
		.addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class)
		.disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
		.build();

	/** Spring leaves the type out, meaning this; the site has always named it. */
	static final URI BLANK = URI.create("about:blank");

	private Problems() {
	}

	/**
	 * A problem of type {@code about:blank}.
	 * @param status the status
	 * @param title a short summary of the kind of problem
	 * @param detail what went wrong with this request, and how to fix it
	 * @param instance the path asked for, or {@code null} when unknown
	 * @return the problem
	 */
	static ProblemDetail of(HttpStatusCode status, String title, String detail, String instance) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(BLANK);
		problem.setTitle(title);
		if (instance != null) {
			try {
				problem.setInstance(URI.create(instance));
			}
			catch (IllegalArgumentException ex) {
				// Not a URI reference (Tomcat hands over the raw path): unknown, then.
			}
		}
		return problem;
	}

	/**
	 * Sets the status and headers of a problem answer: never stored by a cache, never
	 * sniffed as anything but JSON.
	 * @param response the response
	 * @param problem the problem it answers
	 */
	static void prepare(HttpServletResponse response, ProblemDetail problem) {
		response.setStatus(problem.getStatus());
		HttpCachingFilter.noStore(response);
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
	}

	static String json(ProblemDetail problem) {
		return JSON.writeValueAsString(problem);
	}

	/**
	 * Answers with a problem.
	 * @param response the response, not yet committed
	 * @param problem the problem
	 * @throws IOException if the body cannot be written
	 */
	static void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
		byte[] body = json(problem).getBytes(StandardCharsets.UTF_8);
		prepare(response, problem);
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
	}

}
