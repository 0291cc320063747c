package org.sinosoviet.timeline.web;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document at {@code /v3/api-docs}: OpenAPI 3.1, valid by swagger-parser's
 * validator, listing every endpoint and parameter with descriptions and examples.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = ApiHttp.API_PROPERTIES)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenApiIntegrationTests {

	static final List<String> ENDPOINTS = List.of("/api/events", "/api/events/{id}",
			"/api/events/{id}/claims/{claimId}", "/api/sources", "/api/sources/{id}", "/api/periods",
			"/api/periods/{id}", "/api/themes", "/api/actors", "/api/places", "/api/disputes", "/api/claims");

	static final List<String> EVENT_PARAMETERS = List.of("period", "theme", "source", "actor", "place", "from", "to",
			"q", "disputed", "verdict", "importance", "sort", "page", "size");

	@LocalServerPort
	int port;

	String document;

	JsonNode tree;

	SwaggerParseResult parsed;

	@BeforeAll
	void fetch() {
		HttpResponse<byte[]> response = new ApiHttp(this.port).get("/v3/api-docs");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
		this.document = new String(response.body(), StandardCharsets.UTF_8);
		this.tree = JsonMapper.builder().build().readTree(this.document);
		ParseOptions options = new ParseOptions();
		options.setResolve(true);
		this.parsed = new OpenAPIV3Parser().readContents(this.document, null, options);
	}

	@Test
	void isOpenApi31() {
		assertThat(this.tree.get("openapi").asString()).startsWith("3.1");
		assertThat(this.parsed.getOpenAPI()).isNotNull();
		assertThat(this.parsed.getOpenAPI().getSpecVersion()).isEqualTo(SpecVersion.V31);
	}

	@Test
	void validatesWithoutErrors() {
		assertThat(this.parsed.getMessages()).as("swagger-parser's validation messages").isEmpty();
	}

	@Test
	void listsEveryApiEndpointAsReadOnlyGet() {
		Map<String, PathItem> paths = this.parsed.getOpenAPI().getPaths();
		assertThat(paths.keySet()).containsAll(ENDPOINTS);
		for (String path : ENDPOINTS) {
			PathItem item = paths.get(path);
			assertThat(item.getGet()).as("GET " + path).isNotNull();
			assertThat(item.getGet().getSummary()).as("summary of " + path).isNotBlank();
			assertThat(item.getGet().getResponses()).as(path).containsKey("200");
			assertThat(Stream.of(item.getPost(), item.getPut(), item.getDelete(), item.getPatch())
				.filter(Objects::nonNull)).as("other methods of " + path).isEmpty();
		}
	}

	@Test
	void leavesTheHealthEndpointOut() {
		assertThat(this.parsed.getOpenAPI().getPaths().keySet()).noneMatch((path) -> path.startsWith("/actuator"));
	}

	@Test
	void listsThePermalinkThatAlsoAnswersJson() {
		assertThat(this.parsed.getOpenAPI().getPaths()).as("GET /events/{id} with Accept: application/json")
			.containsKey("/events/{id}");
	}

	@Test
	void describesEveryEventsParameterWithAnExample() {
		Operation events = this.parsed.getOpenAPI().getPaths().get("/api/events").getGet();
		assertThat(events.getParameters()).extracting(Parameter::getName)
			.containsExactlyInAnyOrderElementsOf(EVENT_PARAMETERS);
		for (Parameter parameter : events.getParameters()) {
			assertThat(parameter.getIn()).as(parameter.getName()).isEqualTo("query");
			assertThat(parameter.getDescription()).as("description of " + parameter.getName()).isNotBlank();
			assertThat(parameter.getExample() != null
					|| (parameter.getSchema() != null && parameter.getSchema().getExample() != null)
					|| (parameter.getExamples() != null && !parameter.getExamples().isEmpty()))
				.as("example of " + parameter.getName())
				.isTrue();
		}
		Map<String, Parameter> byName = new HashMap<>();
		events.getParameters().forEach((parameter) -> byName.put(parameter.getName(), parameter));
		assertThat(byName.get("size").getSchema().getMaximum()).isEqualByComparingTo("500");
		assertThat(byName.get("theme").getSchema().getTypes()).contains("array");
		assertThat(events.getResponses()).containsKeys("200", "400");
		assertThat(events.getResponses().get("400").getContent()).containsKey("application/problem+json");
	}

	@Test
	void describesTheIdPathsAndTheirErrors() {
		for (String path : List.of("/api/events/{id}", "/api/sources/{id}")) {
			Operation operation = this.parsed.getOpenAPI().getPaths().get(path).getGet();
			assertThat(operation.getParameters()).extracting(Parameter::getName).containsExactly("id");
			assertThat(operation.getParameters().get(0).getIn()).isEqualTo("path");
			assertThat(operation.getParameters().get(0).getDescription()).isNotBlank();
			assertThat(operation.getResponses()).as(path).containsKey("404");
		}
		assertThat(this.parsed.getOpenAPI().getPaths().get("/api/events/{id}").getGet().getResponses())
			.containsKey("301");
	}

	@Test
	void describesEveryFieldOfTheEventRecords() {
		OpenAPI api = this.parsed.getOpenAPI();
		List<String> undescribed = new ArrayList<>();
		for (String schema : List.of("EventSummary", "EventDetail", "ClaimView", "CitationView", "NamedView",
				"SourceView", "PeriodView", "SchemeView", "ThemeView", "DisputeView", "ClaimDocument")) {
			assertThat(api.getComponents().getSchemas()).as("schemas").containsKey(schema);
			Schema<?> record = api.getComponents().getSchemas().get(schema);
			Map<String, Schema> properties = record.getProperties();
			properties.forEach((name, property) -> {
				if (property.getDescription() == null || property.getDescription().isBlank()) {
					undescribed.add(schema + "." + name);
				}
			});
		}
		assertThat(undescribed).as("fields without a description").isEmpty();
	}

}
