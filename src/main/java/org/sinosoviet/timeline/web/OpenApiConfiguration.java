package org.sinosoviet.timeline.web;

import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/**
 * The OpenAPI document's description of the API as a whole.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	private static final String EVENT = "/api/events/{id}";

	private static final String PERMALINK = "/events/{id}";

	@Bean
	OpenAPI timelineOpenApi() {
		return new OpenAPI().info(new Info().title("Sino-Soviet Timeline API")
			.version("1")
			.description("Relations between the People's Republic of China and the Soviet Union, 1949–1976, as a "
					+ "source-backed timeline. Read-only: every endpoint answers GET, carries a strong ETag and may "
					+ "be cached; errors are RFC 9457 problem details.")
			.license(new License().name("CC BY 4.0 (data)").identifier("CC-BY-4.0")));
	}

	/**
	 * The permalink {@code /events/{id}} is a page, but with {@code Accept:
	 * application/json} it answers exactly as {@code /api/events/{id}}: documented here
	 * from that operation, since springdoc only scans {@code /api/**}.
	 */
	@Bean
	@Order(0)
	OpenApiCustomizer permalinkAnswersJson() {
		return (openApi) -> {
			PathItem api = (openApi.getPaths() != null) ? openApi.getPaths().get(EVENT) : null;
			if (api == null || api.getGet() == null) {
				return;
			}
			Operation source = api.getGet();
			ApiResponses responses = new ApiResponses();
			source.getResponses().forEach(responses::addApiResponse);
			ApiResponse ok = responses.get("200");
			if (ok != null) {
				Content content = new Content();
				if (ok.getContent() != null) {
					ok.getContent().forEach(content::addMediaType);
				}
				content.addMediaType("text/html",
						new MediaType().schema(new StringSchema().description("The event's page, for people.")));
				content.addMediaType("application/vnd.citationstyles.csl+json", new MediaType().schema(
						new ArraySchema().description("With format=csl: the event's CSL-JSON, as /events/{id}.json")));
				responses.addApiResponse("200", new ApiResponse().description(ok.getDescription()).content(content));
			}
			Operation permalink = new Operation().operationId("eventPermalink")
				.summary("An event's permalink: its page, or its JSON with Accept: application/json")
				.description("The address to cite and link. Browsers get the HTML page; a request that prefers "
						+ "application/json gets exactly the body of GET /api/events/{id}. An old alias id "
						+ "answers 301 to the live id.")
				.tags(source.getTags())
				.parameters(permalinkParameters(source.getParameters()))
				.responses(responses);
			openApi.getPaths().addPathItem(PERMALINK, new PathItem().get(permalink));
		};
	}

	private static List<Parameter> permalinkParameters(List<Parameter> parameters) {
		List<Parameter> all = new ArrayList<>((parameters != null) ? parameters : List.of());
		all.add(new Parameter().name("format")
			.in("query")
			.required(false)
			.description("csl: the event's CSL-JSON instead (as /events/{id}.json).")
			.schema(new StringSchema()._enum(List.of("csl"))));
		return all;
	}

}
