package org.sinosoviet.timeline.web;

import java.net.URI;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockServletContext;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The normalized query string that the cache keys on and canonical links carry.
 */
class QueryParametersTests {

	@Test
	void keepsKnownParametersSortedByNameInTheirOwnOrder() {
		assertThat(normalized("/?to=1960&theme=border&from=1958&theme=alliance&page=2"))
			.isEqualTo("from=1958&page=2&theme=border&theme=alliance&to=1960");
	}

	@Test
	void leavesOutUnknownParametersAndBlankValues() {
		assertThat(normalized("/?utm_source=news&_=1700000000&theme=&q=%20%20&fbclid=x&format=csl"))
			.isEqualTo("format=csl");
		assertThat(normalized("/?utm_source=news")).isEmpty();
		assertThat(normalized("/")).isEmpty();
	}

	@Test
	void stripsAndEncodesValues() {
		assertThat(normalized("/?q=%20a%20b%2Bc%26d%3De%20")).isEqualTo("q=a%20b%2Bc%26d%3De");
		assertThat(normalized("/?q=%E7%8F%8D%E5%AE%9D%E5%B2%9B")).isEqualTo("q=%E7%8F%8D%E5%AE%9D%E5%B2%9B");
		assertThat(normalized("/?q=%23x%3F")).isEqualTo("q=%23x%3F");
	}

	@Test
	void knowsTheFiltersLanesPagingFormatAndStudyParameters() {
		assertThat(QueryParameters.KNOWN).containsExactlyInAnyOrder("period", "theme", "source", "actor", "place",
				"from", "to", "q", "disputed", "verdict", "importance", "sort", "lanes", "page", "size", "format",
				"seed", "n", "right", "order", "year", "month", "judgement", "version", "pick");
	}

	@Test
	void keysTheLanesSoTheLaneViewIsCachedApart() {
		assertThat(normalized("/?lanes=theme&utm_source=x")).isEqualTo("lanes=theme");
		assertThat(normalized("/?theme=border&lanes=theme")).isEqualTo("lanes=theme&theme=border");
	}

	private static String normalized(String pathAndQuery) {
		return QueryParameters
			.normalized(MockMvcRequestBuilders.get(URI.create(pathAndQuery)).buildRequest(new MockServletContext()));
	}

}
