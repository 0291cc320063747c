package org.sinosoviet.timeline.citation;

import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/**
 * The citation files of events and sources in the OpenAPI document. Their addresses sit
 * beside the pages ({@code /events/{id}.bib}), outside the paths springdoc scans, so they
 * are described here.
 */
@Configuration(proxyBeanMethods = false)
class CitationFilesOpenApi {

	private static final String EVENT_EXAMPLE = "1969-03-02-zhenbao-island-ambush";

	private static final String SOURCE_EXAMPLE = "fu-2023";

	/**
	 * Before the site-wide conventions (caching, problems), which then cover these too.
	 */
	@Bean
	@Order(0)
	OpenApiCustomizer citationFiles() {
		return (openApi) -> {
			event(openApi, ".bib", "eventBibtex", "An event's citation as BibTeX", Downloads.BIBTEX);
			event(openApi, ".ris", "eventRis", "An event's citation as RIS", Downloads.RIS);
			event(openApi, ".json", "eventCslJson", "An event's citation as CSL-JSON (also /events/{id}?format=csl)",
					Downloads.CSL_JSON);
			source(openApi, ".bib", "sourceBibtex", "A source's record as BibTeX", Downloads.BIBTEX);
			source(openApi, ".ris", "sourceRis", "A source's record as RIS", Downloads.RIS);
			source(openApi, ".json", "sourceCslJson", "A source's record as CSL-JSON", Downloads.CSL_JSON);
		};
	}

	private static void event(OpenAPI openApi, String suffix, String id, String summary,
			org.springframework.http.MediaType type) {
		ApiResponses responses = responses(type).addApiResponse("301",
				new ApiResponse().description("An old id (alias): Location gives the file of the live id")
					.addHeaderObject("Location", new Header().description("The same file under the event's live id")
						.schema(new JsonSchema().types(Set.of("string")).format("uri"))));
		add(openApi, "/events/{id}" + suffix, id, summary,
				"The event as one item of the reference format, to import into Zotero, EndNote, BibTeX or Pandoc.",
				parameter("The event's permalink id, or an old alias.", EVENT_EXAMPLE), responses,
				"No event has this id");
	}

	private static void source(OpenAPI openApi, String suffix, String id, String summary,
			org.springframework.http.MediaType type) {
		add(openApi, "/sources/{id}" + suffix, id, summary, "The source's own bibliographic record.",
				parameter("The source's id (see /api/sources).", SOURCE_EXAMPLE), responses(type),
				"No source has this id");
	}

	private static void add(OpenAPI openApi, String path, String id, String summary, String description,
			Parameter parameter, ApiResponses responses, String notFound) {
		responses.addApiResponse("404", new ApiResponse().description(notFound)
			.content(new Content().addMediaType("application/problem+json", new MediaType())));
		Operation operation = new Operation().operationId(id)
			.summary(summary)
			.description(description)
			.tags(List.of("Citations"))
			.parameters(List.of(parameter))
			.responses(responses);
		openApi.path(path, new PathItem().get(operation));
	}

	private static ApiResponses responses(org.springframework.http.MediaType type) {
		String mediaType = type.getType() + "/" + type.getSubtype();
		JsonSchema body = new JsonSchema();
		if (mediaType.endsWith("json")) {
			body.types(Set.of("array"));
			body.description("A CSL-JSON document: an array of one item");
		}
		else {
			body.types(Set.of("string"));
		}
		return new ApiResponses().addApiResponse("200", new ApiResponse().description("The file")
			.content(new Content().addMediaType(mediaType, new MediaType().schema(body))));
	}

	private static Parameter parameter(String description, String example) {
		return new Parameter().name("id")
			.in("path")
			.required(true)
			.description(description)
			.example(example)
			.schema(new JsonSchema().types(Set.of("string")));
	}

}
