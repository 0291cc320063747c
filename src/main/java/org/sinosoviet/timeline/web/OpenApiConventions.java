package org.sinosoviet.timeline.web;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.sinosoviet.timeline.TimelineApplication;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.data.web.PagedModel;
import org.springframework.util.ClassUtils;

/**
 * What holds for every operation and every record in the OpenAPI document, written once:
 * the ETag, {@code If-None-Match} and 304 of {@link HttpCachingFilter}, the RFC 9457
 * problem of {@link Problems} with its type URI, and which fields of the JSON records are
 * always present (all of them: nulls are written) and which may be null (those marked
 * {@link Nullable}).
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConventions {

	static final String PROBLEM = "Problem";

	static final String PROBLEM_JSON = "application/problem+json";

	private static final String COMPONENTS = "#/components/";

	private static final String IF_NONE_MATCH = "If-None-Match";

	/** After every customizer that adds operations. */
	@Bean
	@Order(100)
	OpenApiCustomizer httpConventions() {
		return (openApi) -> {
			Components components = components(openApi);
			components.addSchemas(PROBLEM, problem());
			components.addHeaders("ETag", new Header().description(
					"A strong validator, made of the dataset version, the day and the representation: a new dataset "
							+ "changes it. Send it back in If-None-Match.")
				.schema(string()));
			components.addHeaders("Cache-Control",
					new Header()
						.description("public, max-age=600 on a 200 or 304; no-store on an error, which no cache keeps.")
						.schema(string()));
			components.addResponses("BadParameter",
					new ApiResponse().description("A parameter is malformed or names an unknown id")
						.content(new io.swagger.v3.oas.models.media.Content().addMediaType(PROBLEM_JSON,
								new MediaType().schema(new JsonSchema().$ref(COMPONENTS + "schemas/" + PROBLEM)))));
			components.addResponses("NotModified",
					new ApiResponse().description("Not Modified: the If-None-Match ETag is current; no body.")
						.addHeaderObject("ETag", header("ETag"))
						.addHeaderObject("Cache-Control", header("Cache-Control")));
			if (openApi.getPaths() != null) {
				openApi.getPaths().values().forEach((item) -> item.readOperations().forEach(this::conventions));
			}
			if (components.getSchemas() != null) {
				// Replaced by Problem, which names what this site's problems hold.
				components.getSchemas().remove("ProblemDetail");
			}
		};
	}

	private void conventions(Operation operation) {
		List<Parameter> parameters = new ArrayList<>(
				(operation.getParameters() != null) ? operation.getParameters() : List.of());
		if (parameters.stream().noneMatch((p) -> IF_NONE_MATCH.equals(p.getName()))) {
			// Written out in each operation, where every client and tool sees it.
			parameters.add(new Parameter().in("header")
				.name(IF_NONE_MATCH)
				.required(false)
				.description("The ETag of a copy the client holds: if it is still current, the answer is 304 "
						+ "with no body.")
				.schema(string()));
		}
		operation.setParameters(parameters);
		operation.getResponses().forEach((status, response) -> {
			if (status.equals("200")) {
				response.addHeaderObject("ETag", header("ETag"));
				response.addHeaderObject("Cache-Control", header("Cache-Control"));
			}
			if (response.getContent() != null && response.getContent().containsKey(PROBLEM_JSON)) {
				response.getContent()
					.addMediaType(PROBLEM_JSON,
							new MediaType().schema(new JsonSchema().$ref(COMPONENTS + "schemas/" + PROBLEM)));
			}
		});
		operation.getResponses().addApiResponse("304", new ApiResponse().$ref(COMPONENTS + "responses/NotModified"));
	}

	private static Header header(String name) {
		return new Header().$ref(COMPONENTS + "headers/" + name);
	}

	/** The problem every error answers with, as {@link Problems} writes it. */
	private static Schema<?> problem() {
		Map<String, Schema> properties = new LinkedHashMap<>();
		properties.put("type",
				string().format("uri")
					._enum(List.of(Problems.BLANK.toString()))
					.description("The problem type: about:blank for every problem this site answers, meaning that the "
							+ "problem is no more than its status and title say (RFC 9457, section 4.2.1); detail says "
							+ "what to fix."));
		properties.put("title",
				string().description("A short summary of the kind of problem").example("Invalid parameter"));
		properties.put("status", new JsonSchema().types(Set.of("integer")).description("The HTTP status").example(400));
		properties.put("detail", string().description("What went wrong with this request, and how to fix it"));
		properties.put("instance", string().format("uri-reference").description("The path asked for"));
		properties.put("parameter", string().description("For an invalid parameter: its name").example("theme"));
		properties.put("allowed", string().description("For an invalid parameter: what it allows")
			.example("theme ids (see /api/themes)"));
		properties.put("validValues",
				new JsonSchema().types(Set.of("array"))
					.items(string())
					.description("For an unknown id: the ids that exist"));
		JsonSchema problem = new JsonSchema();
		problem.types(Set.of("object"))
			.description("An RFC 9457 problem detail, served as application/problem+json")
			.properties(properties)
			.required(List.of("type", "title", "status", "detail"));
		return problem;
	}

	private static JsonSchema string() {
		JsonSchema schema = new JsonSchema();
		schema.types(Set.of("string"));
		return schema;
	}

	private static Components components(OpenAPI openApi) {
		if (openApi.getComponents() == null) {
			openApi.components(new Components());
		}
		return openApi.getComponents();
	}

	/**
	 * Every field of a record the API answers is present, since nulls are written; those
	 * whose type is marked {@link Nullable} may be null. springdoc names a record's
	 * schema after its simple name.
	 */
	@Bean
	@Order(100)
	OpenApiCustomizer recordFields() {
		Map<String, List<Class<?>>> records = records();
		return (openApi) -> {
			Map<String, Schema> schemas = components(openApi).getSchemas();
			if (schemas == null) {
				return;
			}
			schemas.forEach((name, schema) -> {
				if (schema.getProperties() == null) {
					return;
				}
				if (name.startsWith("PagedModel")) {
					schema.setRequired(new ArrayList<>(schema.getProperties().keySet()));
					return;
				}
				Class<?> type = records.getOrDefault(name, List.of())
					.stream()
					.filter((candidate) -> describes(schema, candidate))
					.findFirst()
					.orElse(null);
				if (type == null) {
					return;
				}
				List<String> required = new ArrayList<>();
				for (RecordComponent component : type.getRecordComponents()) {
					Schema<?> property = (Schema<?>) schema.getProperties().get(component.getName());
					if (property == null) {
						continue;
					}
					required.add(component.getName());
					if (component.getAnnotatedType().isAnnotationPresent(Nullable.class)) {
						schema.getProperties().put(component.getName(), nullable(property));
					}
				}
				schema.setRequired(required);
			});
		};
	}

	/**
	 * Whether a schema is this record's: names are simple names, which two records may
	 * share (the dataset's Problem is not the API's), so the properties must match too.
	 */
	private static boolean describes(Schema<?> schema, Class<?> record) {
		Set<String> components = new LinkedHashSet<>();
		for (RecordComponent component : record.getRecordComponents()) {
			components.add(component.getName());
		}
		return components.equals(schema.getProperties().keySet());
	}

	/** A property that may also be null, in OpenAPI 3.1's JSON Schema. */
	private static Schema<?> nullable(Schema<?> property) {
		if (property.get$ref() != null) {
			JsonSchema either = new JsonSchema();
			either.description(property.getDescription());
			either.oneOf(List.of(new JsonSchema().$ref(property.get$ref()), new JsonSchema().types(Set.of("null"))));
			return either;
		}
		Set<String> types = new LinkedHashSet<>();
		if (property.getTypes() != null) {
			types.addAll(property.getTypes());
		}
		else if (property.getType() != null) {
			types.add(property.getType());
		}
		types.add("null");
		property.setTypes(types);
		return property;
	}

	/**
	 * The records of this application, and Spring Data's page metadata, by simple name.
	 */
	private static Map<String, List<Class<?>>> records() {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
			@Override
			protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
				return true;
			}
		};
		scanner.addIncludeFilter(
				(reader, factory) -> Record.class.getName().equals(reader.getClassMetadata().getSuperClassName()));
		Map<String, List<Class<?>>> records = new HashMap<>();
		ClassLoader loader = OpenApiConventions.class.getClassLoader();
		for (BeanDefinition definition : scanner
			.findCandidateComponents(ClassUtils.getPackageName(TimelineApplication.class))) {
			Class<?> type = ClassUtils.resolveClassName(definition.getBeanClassName(), loader);
			records.computeIfAbsent(type.getSimpleName(), (name) -> new ArrayList<>()).add(type);
		}
		records.put("PageMetadata", List.of(PagedModel.PageMetadata.class));
		return records;
	}

}
