package org.sinosoviet.timeline.web;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.core.MethodParameter;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.HandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Parameters records bound from the query string only, with Spring's conversions: one
 * value as given, lists from repeated parameters or split at commas.
 */
class QueryRecordArgumentsTests {

	record Filters(String period, List<String> theme, String q) {
	}

	record Counted(String q, int size) {
	}

	private final HandlerMethodArgumentResolver resolver = resolver();

	@Test
	void bindsOneValueAsGivenAndListsFromRepeatsOrCommas() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
		request.addParameter("period", " split ");
		request.addParameter("theme", "border, nuclear,,alliance");
		request.addParameter("q", "");
		assertThat(bind(request)).isEqualTo(new Filters(" split ", List.of("border", "nuclear", "", "alliance"), ""));

		MockHttpServletRequest repeated = new MockHttpServletRequest("GET", "/");
		repeated.addParameter("theme", "border", "nuclear,alliance");
		repeated.addParameter("q", "treaty", "Mao");
		assertThat(bind(repeated)).isEqualTo(new Filters(null, List.of("border", "nuclear,alliance"), "treaty,Mao"));
	}

	@Test
	void leavesAbsentParametersNullAndAnEmptyListEmpty() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
		request.addParameter("theme", "");
		assertThat(bind(request)).isEqualTo(new Filters(null, List.of(), null));
	}

	@Test
	void neverBindsHeadersOrPathVariables() throws Exception {
		// The response cache keys on the query string only: a header or a path variable
		// that filtered the list would make one address answer two ways.
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/split");
		request.addHeader("q", "treaty");
		request.addHeader("period", "split");
		request.setAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE, Map.of("period", "split"));
		assertThat(bind(request)).isEqualTo(new Filters(null, null, null));
	}

	@Test
	void leavesRecordsOfOtherComponentTypesAndOtherPackagesToSpring() throws Exception {
		assertThat(this.resolver.supportsParameter(parameter("filters", Filters.class))).isTrue();
		assertThat(this.resolver.supportsParameter(parameter("counted", Counted.class))).isFalse();
		assertThat(this.resolver.supportsParameter(parameter("foreign", java.net.UnixDomainSocketAddress.class)))
			.isFalse();
	}

	private Object bind(MockHttpServletRequest request) throws Exception {
		MethodParameter parameter = parameter("filters", Filters.class);
		assertThat(this.resolver.supportsParameter(parameter)).isTrue();
		return this.resolver.resolveArgument(parameter, null, new ServletWebRequest(request), null);
	}

	private static MethodParameter parameter(String name, Class<?> type) throws NoSuchMethodException {
		Method method = QueryRecordArgumentsTests.class.getDeclaredMethod(name, type);
		return new MethodParameter(method, 0);
	}

	private static HandlerMethodArgumentResolver resolver() {
		List<HandlerMethodArgumentResolver> resolvers = new ArrayList<>();
		new QueryRecordArguments().addArgumentResolvers(resolvers);
		assertThat(resolvers).hasSize(1);
		return resolvers.get(0);
	}

	void filters(Filters filters) {
	}

	void counted(Counted counted) {
	}

	void foreign(java.net.UnixDomainSocketAddress address) {
	}

}
