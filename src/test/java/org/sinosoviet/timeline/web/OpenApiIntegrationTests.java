package org.sinosoviet.timeline.web;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
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
 * validator, listing every endpoint and parameter with descriptions and examples, each
 * operation with its id, media types, ETag and 304, and problems; the records' required
 * and nullable fields, held against what the API really answers; and the API index at
 * {@code /api}, which lists the same endpoints.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = ApiHttp.API_PROPERTIES)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenApiIntegrationTests {

	static final List<String> ENDPOINTS = List.of("/api/events", "/api/events/{id}",
			"/api/events/{id}/claims/{claimId}", "/api/sources", "/api/sources/{id}", "/api/periods",
			"/api/periods/{id}", "/api/themes", "/api/actors", "/api/places", "/api/disputes", "/api/claims");

	static final List<String> EVENT_PARAMETERS = List.of("period", "theme", "source", "actor", "place", "from", "to",
			"q", "disputed", "verdict", "importance", "sort", "page", "size");

	/** Every download, with the media type of its answer. */
	static final Map<String, String> FILES = Map.ofEntries(Map.entry("/export/datapackage.json", "application/json"),
			Map.entry("/export/{table}.csv", "text/csv"), Map.entry("/export/events.csv", "text/csv"),
			Map.entry("/export/sources.json", "application/vnd.citationstyles.csl+json"),
			Map.entry("/export/sources.bib", "application/x-bibtex"),
			Map.entry("/export/timelinejs.json", "application/json"), Map.entry("/export/flashcards.csv", "text/csv"),
			Map.entry("/export/key-dates", "text/html"), Map.entry("/events/{id}.bib", "application/x-bibtex"),
			Map.entry("/events/{id}.ris", "application/x-research-info-systems"),
			Map.entry("/events/{id}.json", "application/vnd.citationstyles.csl+json"),
			Map.entry("/sources/{id}.bib", "application/x-bibtex"),
			Map.entry("/sources/{id}.ris", "application/x-research-info-systems"),
			Map.entry("/sources/{id}.json", "application/vnd.citationstyles.csl+json"));

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
		List<Parameter> query = events.getParameters()
			.stream()
			.filter((parameter) -> !"header".equals(parameter.getIn()))
			.toList();
		assertThat(query).extracting(Parameter::getName).containsExactlyInAnyOrderElementsOf(EVENT_PARAMETERS);
		for (Parameter parameter : query) {
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
			assertThat(operation.getParameters()).extracting(Parameter::getName).containsExactly("id", "If-None-Match");
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

	@Test
	void givesEveryOperationItsOwnNamedOperationId() {
		List<String> ids = new ArrayList<>();
		this.parsed.getOpenAPI().getPaths().forEach((path, item) -> item.readOperations().forEach((operation) -> {
			assertThat(operation.getOperationId()).as("operationId of " + path).isNotBlank();
			ids.add(operation.getOperationId());
		}));
		assertThat(ids).doesNotHaveDuplicates();
		// springdoc's fallbacks are the method name, suffixed _1, _2 when two clash.
		assertThat(ids).noneMatch((id) -> id.matches(".*_\\d+"));
		assertThat(ids).contains("listEvents", "getEvent", "apiIndex", "dataPackage", "eventBibtex");
	}

	@Test
	void documentsTheExportsAndCitationFilesWithTheirMediaTypes() {
		Map<String, PathItem> paths = this.parsed.getOpenAPI().getPaths();
		FILES.forEach((path, type) -> {
			assertThat(paths).as("documented paths").containsKey(path);
			Operation get = paths.get(path).getGet();
			assertThat(get.getSummary()).as("summary of " + path).isNotBlank();
			assertThat(get.getResponses().get("200").getContent()).as("media types of " + path).containsKey(type);
			HttpResponse<byte[]> response = new ApiHttp(this.port).get(example(path));
			assertThat(response.statusCode()).as(example(path)).isEqualTo(200);
			assertThat(response.headers().firstValue("Content-Type").orElse("")).as(example(path)).startsWith(type);
		});
		Operation table = paths.get("/export/{table}.csv").getGet();
		assertThat(table.getParameters().get(0).getSchema().getEnum()).as("the tables")
			.containsExactlyInAnyOrderElementsOf(tables());
		assertThat(paths.get("/export/events.csv").getGet().getParameters()).extracting(Parameter::getName)
			.contains("theme", "from", "to");
		assertThat(paths.get("/events/{id}.bib").getGet().getResponses()).containsKeys("301", "404");
		assertThat(paths.get("/export/events.csv").getGet().getResponses().get("400").get$ref())
			.isEqualTo("#/components/responses/BadParameter");
	}

	@Test
	void documentsTheEtagAndNotModifiedOnEveryOperation() {
		OpenAPI api = this.parsed.getOpenAPI();
		api.getPaths().forEach((path, item) -> item.readOperations().forEach((operation) -> {
			assertThat(operation.getParameters()).as("parameters of " + path).anySatisfy((parameter) -> {
				assertThat(parameter.getName()).isEqualTo("If-None-Match");
				assertThat(parameter.getIn()).isEqualTo("header");
			});
			assertThat(operation.getResponses()).as("responses of " + path).containsKey("304");
			assertThat(operation.getResponses().get("200").getHeaders()).as("200 headers of " + path)
				.containsKeys("ETag", "Cache-Control");
		}));
		// And the app does as documented, on an endpoint of each kind.
		ApiHttp http = new ApiHttp(this.port);
		for (String path : List.of("/api", "/api/events", "/export/datapackage.json", "/export/claims.csv")) {
			String etag = http.get(path).headers().firstValue("ETag").orElseThrow();
			assertThat(http.get(path, "If-None-Match", etag).statusCode()).as(path).isEqualTo(304);
		}
	}

	@Test
	void documentsProblemsWithTheirTypeUri() {
		OpenAPI api = this.parsed.getOpenAPI();
		Schema<?> problem = api.getComponents().getSchemas().get("Problem");
		assertThat(problem.getRequired()).containsExactlyInAnyOrder("type", "title", "status", "detail");
		Schema<?> type = (Schema<?>) problem.getProperties().get("type");
		assertThat(type.getFormat()).isEqualTo("uri");
		assertThat(type.getEnum()).extracting(String::valueOf).containsExactly("about:blank");
		assertThat(type.getDescription()).contains("RFC 9457");
		assertThat(problem.getProperties()).containsKeys("parameter", "allowed", "validValues", "instance");
		assertThat(api.getComponents().getSchemas()).doesNotContainKey("ProblemDetail");
		List<String> errors = new ArrayList<>();
		api.getPaths().forEach((path, item) -> item.readOperations().forEach((operation) -> {
			for (Map.Entry<String, ApiResponse> entry : operation.getResponses().entrySet()) {
				if (!entry.getKey().startsWith("4")) {
					continue;
				}
				ApiResponse response = entry.getValue();
				if (response.get$ref() != null) {
					response = api.getComponents()
						.getResponses()
						.get(response.get$ref().substring("#/components/responses/".length()));
				}
				if (response == null || response.getContent() == null
						|| response.getContent().get("application/problem+json") == null
						|| response.getContent().get("application/problem+json").getSchema() == null) {
					errors.add(path + " " + entry.getKey());
				}
			}
		}));
		assertThat(errors).as("4xx responses without the problem schema").isEmpty();
		assertThat(this.tree.at("/paths/~1api~1events/get/responses/400/content/application~1problem+json/schema/$ref")
			.asString()).isEqualTo("#/components/schemas/Problem");
		// The type the document names is the one the app sends.
		JsonNode answered = JsonMapper.builder()
			.build()
			.readTree(new String(new ApiHttp(this.port).get("/api/events?theme=no-such-theme").body(),
					StandardCharsets.UTF_8));
		assertThat(answered.path("type").asString()).isEqualTo("about:blank");
		assertThat(answered.path("parameter").asString()).isEqualTo("theme");
	}

	@Test
	void marksRequiredAndNullableFieldsOfTheRecords() {
		JsonNode schemas = this.tree.at("/components/schemas");
		assertThat(strings(schemas.at("/EventDetail/required"))).contains("id", "title", "claims", "significance",
				"previous");
		assertThat(strings(schemas.at("/EventDetail/properties/significance/type"))).containsExactly("string", "null");
		assertThat(strings(schemas.at("/EventDetail/properties/title/type"))).containsExactly("string");
		assertThat(schemas.at("/EventDetail/properties/previous/oneOf/1/type").asString()).isEqualTo("null");
		assertThat(strings(schemas.at("/ClaimView/properties/verdict/type"))).contains("null");
		assertThat(strings(schemas.at("/SourceView/properties/accessed/type"))).contains("null");
		assertThat(strings(schemas.at("/PagedModelEventSummary/required"))).containsExactlyInAnyOrder("content",
				"page");
	}

	@Test
	void everyAnswerHasTheRequiredFieldsAndNullsOnlyWhereNullable() {
		ApiHttp http = new ApiHttp(this.port);
		JsonMapper mapper = JsonMapper.builder().build();
		List<String> problems = new ArrayList<>();
		Map<String, String> answers = new LinkedHashMap<>();
		answers.put("/api/events?size=500", "PagedModelEventSummary");
		answers.put("/api/claims?size=500", "PagedModelClaimDocument");
		answers.put("/api", "ApiIndex");
		JsonNode events = mapper.readTree(new String(http.get("/api/events?size=500").body(), StandardCharsets.UTF_8));
		for (JsonNode event : events.get("content")) {
			answers.put("/api/events/" + event.get("id").asString(), "EventDetail");
		}
		JsonNode sources = mapper.readTree(new String(http.get("/api/sources").body(), StandardCharsets.UTF_8));
		for (JsonNode source : sources) {
			answers.put("/api/sources/" + source.get("id").asString(), "SourceView");
		}
		Map<String, String> lists = Map.of("/api/sources", "SourceView", "/api/periods", "SchemeView", "/api/themes",
				"ThemeView", "/api/actors", "NamedView", "/api/places", "PlaceView", "/api/disputes", "DisputeView");
		answers.forEach((path, schema) -> check(path,
				mapper.readTree(new String(http.get(path).body(), StandardCharsets.UTF_8)), ref(schema), problems));
		lists.forEach((path, schema) -> {
			JsonNode list = mapper.readTree(new String(http.get(path).body(), StandardCharsets.UTF_8));
			assertThat(list.isArray()).as(path).isTrue();
			list.forEach((item) -> check(path, item, ref(schema), problems));
		});
		assertThat(problems).as("answers that break their schema's required and nullable fields").isEmpty();
	}

	@Test
	void theApiIndexListsEveryDocumentedEndpoint() {
		HttpResponse<byte[]> response = new ApiHttp(this.port).get("/api");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
		JsonNode index = JsonMapper.builder().build().readTree(new String(response.body(), StandardCharsets.UTF_8));
		String base = "http://localhost:" + this.port;
		assertThat(index.path("openapi").asString()).isEqualTo(base + "/v3/api-docs");
		assertThat(new ApiHttp(this.port).get("/swagger-ui.html").statusCode()).isIn(200, 302);
		Set<String> listed = new TreeSet<>();
		for (JsonNode endpoint : index.get("endpoints")) {
			String href = endpoint.path("href").asString();
			assertThat(href).startsWith(base);
			String path = href.substring(base.length());
			listed.add(path);
			assertThat(endpoint.path("templated").asBoolean()).as(path).isEqualTo(path.contains("{"));
			assertThat(endpoint.path("title").asString()).as(path).isNotBlank();
			if (!path.contains("{")) {
				HttpResponse<byte[]> answer = new ApiHttp(this.port).get(path);
				if (answer.statusCode() == 302) {
					// A study set without a seed is sent to one with a fresh seed.
					String location = answer.headers().firstValue("Location").orElse("");
					assertThat(location).as(path).contains(path + "?seed=");
					answer = new ApiHttp(this.port)
						.get(location.startsWith(base) ? location.substring(base.length()) : location);
					if (answer.statusCode() == 400) {
						// The small fixture has too few fitting claims for some sets: a
						// problem, never a 5xx.
						assertThat(answer.headers().firstValue("Content-Type").orElse("")).as(path)
							.startsWith("application/problem+json");
						continue;
					}
				}
				assertThat(answer.statusCode()).as(path).isEqualTo(200);
				assertThat(answer.headers().firstValue("Content-Type").orElse(""))
					.startsWith(endpoint.path("type").asString());
			}
		}
		Set<String> documented = new TreeSet<>(this.parsed.getOpenAPI().getPaths().keySet());
		documented.remove("/api");
		assertThat(listed).as("the index and the OpenAPI document").isEqualTo(documented);
	}

	/** An example address of a documented path, with ids of the fixture. */
	private static String example(String path) {
		return path.replace("/events/{id}", "/events/1969-03-02-zhenbao")
			.replace("/sources/{id}", "/sources/reference-a")
			.replace("{table}", "claims");
	}

	private List<String> tables() {
		JsonNode descriptor = JsonMapper.builder()
			.build()
			.readTree(
					new String(new ApiHttp(this.port).get("/export/datapackage.json").body(), StandardCharsets.UTF_8));
		return StreamSupport.stream(descriptor.get("resources").spliterator(), false)
			.map((resource) -> resource.get("name").asString())
			.toList();
	}

	private JsonNode ref(String schema) {
		JsonNode found = this.tree.at("/components/schemas/" + schema);
		assertThat(found.isMissingNode()).as("schema " + schema).isFalse();
		return found;
	}

	/**
	 * Walks a JSON answer beside its schema: every required property is there, every
	 * property is declared, and a null stands only where the schema allows null.
	 */
	private void check(String where, JsonNode value, JsonNode schema, List<String> problems) {
		if (schema.has("$ref")) {
			check(where, value, this.tree.at(schema.get("$ref").asString().substring(1)), problems);
			return;
		}
		if (schema.has("oneOf")) {
			if (value.isNull()) {
				if (StreamSupport.stream(schema.get("oneOf").spliterator(), false)
					.noneMatch((option) -> strings(option.get("type")).contains("null"))) {
					problems.add(where + ": null where the schema allows none");
				}
				return;
			}
			for (JsonNode option : schema.get("oneOf")) {
				if (!strings(option.get("type")).contains("null")) {
					check(where, value, option, problems);
				}
			}
			return;
		}
		Set<String> types = new HashSet<>(strings(schema.get("type")));
		if (value.isNull()) {
			if (!types.contains("null")) {
				problems.add(where + ": null where the schema allows none");
			}
			return;
		}
		if (value.isArray() && schema.has("items")) {
			value.forEach((item) -> check(where + "[]", item, schema.get("items"), problems));
		}
		if (value.isObject() && schema.has("properties")) {
			JsonNode properties = schema.get("properties");
			for (String required : strings(schema.get("required"))) {
				if (!value.has(required)) {
					problems.add(where + ": required " + required + " is missing");
				}
			}
			Set<String> names = value.propertyNames().stream().collect(Collectors.toSet());
			for (String name : names) {
				if (!properties.has(name)) {
					problems.add(where + ": " + name + " is not in the schema");
					continue;
				}
				check(where + "." + name, value.get(name), properties.get(name), problems);
			}
		}
	}

	private static List<String> strings(JsonNode node) {
		if (node == null || node.isMissingNode() || node.isNull()) {
			return List.of();
		}
		if (node.isString()) {
			return List.of(node.asString());
		}
		return StreamSupport.stream(node.spliterator(), false).map(JsonNode::asString).toList();
	}

}
