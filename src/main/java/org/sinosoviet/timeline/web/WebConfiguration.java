package org.sinosoviet.timeline.web;

import jakarta.servlet.Filter;

import org.sinosoviet.timeline.DatasetVersion;
import org.sinosoviet.timeline.TimelineProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The filters every response passes through, outermost first: security headers, the
 * refusal of malformed addresses, CORS, HTTP caching (ETag and 304), then the cache of
 * rendered responses.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration {

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
		return register(new CorsFilter(), 3);
	}

	@Bean
	FilterRegistrationBean<HttpCachingFilter> httpCachingFilter(DatasetVersion version, SiteUrls urls) {
		return register(new HttpCachingFilter(version, urls), 4);
	}

	@Bean
	FilterRegistrationBean<ResponseCacheFilter> responseCacheFilter(TimelineProperties properties, SiteUrls urls) {
		FilterRegistrationBean<ResponseCacheFilter> registration = register(
				new ResponseCacheFilter(properties.responseCacheBytes(), urls), 5);
		registration.setEnabled(properties.responseCacheBytes() > 0);
		return registration;
	}

	private static <F extends Filter> FilterRegistrationBean<F> register(F filter, int position) {
		FilterRegistrationBean<F> registration = new FilterRegistrationBean<>(filter);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 100 + position);
		return registration;
	}

}
