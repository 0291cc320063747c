package org.sinosoviet.timeline.web;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one way problems are written.
 */
class ProblemsTests {

	@Test
	void writesTheStandardFieldsInOrderThenTheProperties() throws Exception {
		ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "Invalid parameter",
				"Parameter 'theme' cannot be \"x\\y\": use one of alliance, border", "/api/events");
		problem.setProperty("parameter", "theme");
		problem.setProperty("allowed", "one of alliance, border");
		problem.setProperty("validValues", List.of("alliance", "border"));
		MockHttpServletResponse response = new MockHttpServletResponse();
		Problems.write(response, problem);
		assertThat(response.getStatus()).isEqualTo(400);
		assertThat(response.getContentType()).isEqualTo("application/problem+json;charset=UTF-8");
		assertThat(response.getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo("no-store");
		assertThat(response.getContentAsString(StandardCharsets.UTF_8))
			.isEqualTo("{\"type\":\"about:blank\"," + "\"title\":\"Invalid parameter\",\"status\":400,"
					+ "\"detail\":\"Parameter 'theme' cannot be \\\"x\\\\y\\\": use one of alliance, border\","
					+ "\"instance\":\"/api/events\",\"parameter\":\"theme\",\"allowed\":\"one of alliance, border\","
					+ "\"validValues\":[\"alliance\",\"border\"]}");
	}

	@Test
	void leavesOutAnInstanceThatIsUnknownOrNoUri() {
		assertThat(Problems.json(Problems.of(HttpStatus.BAD_REQUEST, "Bad Request", "Unreadable.", null))).isEqualTo(
				"{\"type\":\"about:blank\",\"title\":\"Bad Request\",\"status\":400,\"detail\":\"Unreadable.\"}");
		assertThat(Problems.of(HttpStatus.NOT_FOUND, "Not Found", "None.", "/events/a b|c").getInstance()).isNull();
	}

}
