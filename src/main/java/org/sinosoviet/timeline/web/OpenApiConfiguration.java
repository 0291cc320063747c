package org.sinosoviet.timeline.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document's description of the API as a whole.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	@Bean
	OpenAPI timelineOpenApi() {
		return new OpenAPI().info(new Info().title("Sino-Soviet Timeline API")
			.version("1")
			.description("Relations between the People's Republic of China and the Soviet Union, 1949–1976, as a "
					+ "source-backed timeline. Read-only: every endpoint answers GET, carries a strong ETag and may "
					+ "be cached; errors are RFC 9457 problem details.")
			.license(new License().name("CC BY 4.0 (data)")));
	}

}
