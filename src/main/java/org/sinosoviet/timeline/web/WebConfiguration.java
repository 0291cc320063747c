package org.sinosoviet.timeline.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.sinosoviet.timeline.DatasetVersion;
import org.sinosoviet.timeline.TimelineProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.DefaultCorsProcessor;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;
import org.springframework.web.filter.ForwardedHeaderFilter;

/**
 * The filters every response passes through, outermost first: the removal of forwarded
 * headers nobody applied, security headers, the refusal of malformed addresses, CORS,
 * HTTP caching (ETag and 304), the cache of rendered responses, then the limit on how
 * many responses are computed at once. CORS stays in front of the cache, so that an
 * answer from the cache gets the headers of the request it answers.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration {

	/**
	 * What programs fetch: the API and its description, the permalink (its JSON) and an
	 * event's citation files, a source's citation files, and the exports (TimelineJS
	 * loads its JSON from other sites). The HTML permalink comes with it: the path is the
	 * same, and the page is public too.
	 */
	private static final List<String> CROSS_ORIGIN = List.of("/api/**", "/v3/api-docs/**", "/events/*",
			"/sources/*.json", "/sources/*.bib", "/sources/*.ris", "/export/**");

	/**
	 * Unless the app applies forwarded headers itself
	 * ({@code server.forward-headers-strategy=framework}), nothing after the server may
	 * read them: with {@code native}, Tomcat has applied those of a trusted proxy
	 * already, and with {@code none} they are a client's. Code that reads them on its own
	 * (springdoc's Swagger UI redirect and server URL) would otherwise send a client's
	 * {@code X-Forwarded-Host} back, or fail with a 500 on a port that is not a number.
	 */
	@Bean
	@ConditionalOnExpression("'${server.forward-headers-strategy:none}'.toLowerCase() != 'framework'")
	FilterRegistrationBean<ForwardedHeaderFilter> forwardedHeadersRemoval() {
		ForwardedHeaderFilter filter = new ForwardedHeaderFilter();
		filter.setRemoveOnly(true);
		return register(filter, 0);
	}

	@Bean
	FilterRegistrationBean<SecurityHeadersFilter> securityHeadersFilter() {
		return register(new SecurityHeadersFilter(), 1);
	}

	@Bean
	FilterRegistrationBean<MalformedAddressFilter> malformedAddressFilter() {
		return register(new MalformedAddressFilter(), 2);
	}

	@Bean
	FilterRegistrationBean<CorsFilter> corsFilter() {
		return register(new CrossOriginFilter(crossOrigin()), 3);
	}

	@Bean
	FilterRegistrationBean<HttpCachingFilter> httpCachingFilter(DatasetVersion version, SiteUrls urls) {
		return register(new HttpCachingFilter(version, urls), 4);
	}

	@Bean
	FilterRegistrationBean<ResponseCacheFilter> responseCacheFilter(TimelineProperties properties, SiteUrls urls) {
		FilterRegistrationBean<ResponseCacheFilter> registration = register(
				new ResponseCacheFilter(properties.responseCacheBytes(), urls, properties.responseCacheRepeatsOnly()),
				5);
		registration.setEnabled(properties.responseCacheBytes() > 0);
		return registration;
	}

	@Bean
	FilterRegistrationBean<RenderLimitFilter> renderLimitFilter(TimelineProperties properties) {
		return register(new RenderLimitFilter(properties.concurrentRenders(), properties.renderWait().toMillis()), 6);
	}

	/**
	 * Everything here is public and read-only: any origin may read it, without
	 * credentials.
	 */
	private static UrlBasedCorsConfigurationSource crossOrigin() {
		CorsConfiguration configuration = new CorsConfiguration();
		configuration.addAllowedOrigin(CorsConfiguration.ALL);
		configuration.setAllowedMethods(List.of("GET", "HEAD", "OPTIONS"));
		configuration.addAllowedHeader(CorsConfiguration.ALL);
		configuration.setAllowCredentials(false);
		configuration.setMaxAge(86400L);
		UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
		CROSS_ORIGIN.forEach((pattern) -> source.registerCorsConfiguration(pattern, configuration));
		return source;
	}

	/**
	 * Spring's CORS filter, asked only when a request has an Origin: the others are not
	 * cross-origin requests, and matching their paths against the patterns cost every
	 * cached answer about a tenth of its speed. They still get {@code Vary: Origin} (from
	 * {@link HttpCachingFilter}), so a shared cache keeps their answers apart.
	 */
	static final class CrossOriginFilter extends CorsFilter {

		CrossOriginFilter(UrlBasedCorsConfigurationSource source) {
			super(source);
			setCorsProcessor(new ProblemCorsProcessor());
		}

		@Override
		protected boolean shouldNotFilter(HttpServletRequest request) {
			return request.getHeader(HttpHeaders.ORIGIN) == null;
		}

	}

	/**
	 * Refuses a cross-origin request with a problem, as every other error, rather than
	 * Spring's plain-text "Invalid CORS request".
	 */
	static final class ProblemCorsProcessor extends DefaultCorsProcessor {

		@Override
		protected void rejectRequest(ServerHttpResponse response) throws IOException {
			HttpServletResponse servlet = ((ServletServerHttpResponse) response).getServletResponse();
			Problems.write(servlet,
					Problems.of(HttpStatus.FORBIDDEN, HttpStatus.FORBIDDEN.getReasonPhrase(),
							"This cross-origin request is not allowed: any origin may use GET, HEAD and OPTIONS, "
									+ "without credentials.",
							null));
		}

	}

	private static <F extends Filter> FilterRegistrationBean<F> register(F filter, int position) {
		FilterRegistrationBean<F> registration = new FilterRegistrationBean<>(filter);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 100 + position);
		return registration;
	}

}
