package org.sinosoviet.timeline.citation;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The data package over the small fixture dataset: the descriptor, and every table read
 * back and checked against its own Table Schema (header, types, required fields, unique
 * primary keys, foreign keys that resolve). Frictionless's own validator checks the real
 * dataset in {@code verify} ({@code src/test/datapackage/validate.mjs}); this check needs
 * Java alone. The context is {@code CitationWebIntegrationTests}', so it is shared.
 */
@SpringBootTest(
		properties = { "timeline.data-dir=src/test/resources/dataset/valid", "timeline.response-cache-bytes=0" })
@AutoConfigureMockMvc
class DataPackageIntegrationTests {

	static final List<String> TABLES = List.of("events", "claims", "citations", "sources", "period-schemes",
			"scheme-citations", "periods", "period-citations", "themes", "actors", "actor-names", "places",
			"place-names", "event-themes", "event-actors", "event-places", "event-related", "event-aliases");

	@Autowired
	MockMvc mvc;

	final JsonMapper json = JsonMapper.builder().build();

	@Test
	void descriptorIsATabularDataPackageWithALicenceAndATableSchemaPerTable() throws Exception {
		JsonNode descriptor = descriptor();
		assertThat(descriptor.path("profile").asString()).isEqualTo("tabular-data-package");
		assertThat(descriptor.path("name").asString()).isEqualTo("sino-soviet-timeline");
		assertThat(descriptor.at("/licenses/0/name").asString()).isEqualTo("CC-BY-4.0");
		assertThat(descriptor.at("/sources/0/path").asString()).isEqualTo("http://localhost/export/sources.json");
		List<JsonNode> resources = list(descriptor.get("resources"));
		assertThat(resources).extracting((resource) -> resource.path("name").asString())
			.containsExactlyElementsOf(TABLES);
		Map<String, Set<String>> fieldsByTable = new HashMap<>();
		resources.forEach((resource) -> fieldsByTable.put(resource.path("name").asString(), fieldNames(resource)));
		for (JsonNode resource : resources) {
			String name = resource.path("name").asString();
			assertThat(resource.path("path").asString()).isEqualTo("http://localhost/export/" + name + ".csv");
			assertThat(resource.path("profile").asString()).isEqualTo("tabular-data-resource");
			assertThat(resource.at("/dialect/delimiter").asString()).isEqualTo(",");
			assertThat(strings(resource.at("/schema/primaryKey"))).as(name + " primary key")
				.isNotEmpty()
				.isSubsetOf(fieldsByTable.get(name));
			for (JsonNode key : list(resource.at("/schema/foreignKeys"))) {
				assertThat(strings(key.get("fields"))).as(name + " foreign key").isSubsetOf(fieldsByTable.get(name));
				String target = key.at("/reference/resource").asString();
				assertThat(fieldsByTable).as(name + " refers to " + target).containsKey(target);
				assertThat(strings(key.at("/reference/fields"))).isSubsetOf(fieldsByTable.get(target));
			}
		}
	}

	@Test
	void everyTableHoldsToItsTableSchema() throws Exception {
		Map<String, List<CSVRecord>> tables = new LinkedHashMap<>();
		List<String> problems = problems((name, body) -> body, tables);
		assertThat(problems).as("rows that break their table's schema").isEmpty();
		assertThat(tables.get("events")).hasSize(3);
		assertThat(tables.get("claims")).isNotEmpty();
		assertThat(tables.get("citations")).isNotEmpty();
	}

	@Test
	void theCheckCatchesARowThatBreaksTheSchema() throws Exception {
		List<String> problems = problems((name, body) -> switch (name) {
			case "citations" -> body + "1969-03-02-zhenbao,date-preferred,9,no-such-source,\r\n";
			case "claims" -> body + "1969-03-02-zhenbao,date-preferred,x,Text.,usual,,,,https://example.org/\r\n";
			default -> body;
		}, new LinkedHashMap<>());
		assertThat(problems).anySatisfy((problem) -> assertThat(problem).contains("citations", "no-such-source"))
			.anySatisfy((problem) -> assertThat(problem).contains("claims", "position", "integer"))
			.anySatisfy((problem) -> assertThat(problem).contains("claims", "rank", "usual"))
			.anySatisfy((problem) -> assertThat(problem).contains("claims", "primary key"));
	}

	@Test
	void tablesHoldTheClaimsCitationsAndLinksOfTheEvents() throws Exception {
		List<CSVRecord> claims = csv("/export/claims.csv");
		assertThat(claims).filteredOn((row) -> row.get("event").equals(CitationWebIntegrationTests.ZHENBAO))
			.extracting((row) -> row.get("id") + " " + row.get("position") + " " + row.get("rank"))
			.containsExactly("date-preferred 1 preferred", "date-cards 2 deprecated");
		assertThat(claims.get(0).get("permalink")).startsWith("http://localhost/events/").contains("#claim-");
		List<CSVRecord> citations = csv("/export/citations.csv");
		assertThat(citations).filteredOn((row) -> row.get("claim").equals("date-cards"))
			.extracting((row) -> row.get("source") + " " + row.get("locator"))
			.containsExactly("document-b card 5 of 7");
		assertThat(csv("/export/event-themes.csv"))
			.filteredOn((row) -> row.get("event").equals(CitationWebIntegrationTests.ZHENBAO))
			.extracting((row) -> row.get("theme"))
			.containsExactly("border");
		List<CSVRecord> events = csv("/export/events.csv");
		assertThat(events).extracting((row) -> row.get("period_id")).doesNotContain("");
		assertThat(events).extracting((row) -> row.get("importance")).allMatch((value) -> value.matches("[123]"));
	}

	@Test
	void descriptorAndTablesAreCacheableWithTheirEtag() throws Exception {
		for (String path : List.of("/export/datapackage.json", "/export/claims.csv", "/export/events.csv")) {
			MockHttpServletResponse first = this.mvc.perform(get(path))
				.andExpect(status().isOk())
				.andExpect(header().string("Cache-Control", "public, max-age=600"))
				.andReturn()
				.getResponse();
			String etag = first.getHeader("ETag");
			assertThat(etag).as(path).isNotBlank();
			this.mvc.perform(get(path).header("If-None-Match", etag))
				.andExpect(status().isNotModified())
				.andExpect(header().string("ETag", etag))
				.andExpect(content().string(""));
		}
		this.mvc.perform(get("/export/datapackage.json"))
			.andExpect(content().contentTypeCompatibleWith("application/json"));
		this.mvc.perform(get("/export/claims.csv")).andExpect(content().contentTypeCompatibleWith("text/csv"));
	}

	@Test
	void anUnknownTableIsAProblemNamingIt() throws Exception {
		this.mvc.perform(get("/export/no-such-table.csv"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.type").value("about:blank"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("no-such-table")));
	}

	/**
	 * Reads every table of the descriptor, changed by {@code change} (name, CSV), into
	 * {@code tables}, and checks each against its schema.
	 */
	private List<String> problems(java.util.function.BinaryOperator<String> change, Map<String, List<CSVRecord>> tables)
			throws Exception {
		JsonNode descriptor = descriptor();
		for (JsonNode resource : list(descriptor.get("resources"))) {
			String name = resource.path("name").asString();
			tables.put(name,
					parse(change.apply(name, body(resource.path("path").asString().replace("http://localhost", "")))));
		}
		List<String> problems = new ArrayList<>();
		for (JsonNode resource : list(descriptor.get("resources"))) {
			problems.addAll(TableCheck.problems(resource, tables));
		}
		return problems;
	}

	private JsonNode descriptor() throws Exception {
		return this.json.readTree(body("/export/datapackage.json"));
	}

	private String body(String path) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get(path))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		return response.getContentAsString(StandardCharsets.UTF_8);
	}

	private List<CSVRecord> csv(String path) throws Exception {
		return parse(body(path));
	}

	private static List<CSVRecord> parse(String body) throws Exception {
		try (CSVParser parser = CSVParser.parse(new StringReader(body),
				CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
			List<CSVRecord> records = parser.getRecords();
			// The header as a first pseudo-row is checked by TableCheck.
			return new HeaderedRecords(parser.getHeaderNames(), records);
		}
	}

	static List<JsonNode> list(JsonNode array) {
		return (array == null || array.isMissingNode()) ? List.of()
				: StreamSupport.stream(array.spliterator(), false).toList();
	}

	static List<String> strings(JsonNode array) {
		return list(array).stream().map(JsonNode::asString).toList();
	}

	static Set<String> fieldNames(JsonNode resource) {
		return list(resource.at("/schema/fields")).stream()
			.map((field) -> field.path("name").asString())
			.collect(Collectors.toCollection(java.util.LinkedHashSet::new));
	}

	/** Rows that remember the header they were read with. */
	static final class HeaderedRecords extends ArrayList<CSVRecord> {

		final List<String> header;

		HeaderedRecords(List<String> header, List<CSVRecord> records) {
			super(records);
			this.header = header;
		}

	}

	/**
	 * The Table Schema rules a row must keep: the header is the schema's fields, each
	 * value casts to its field's type, required values are there, enum values are
	 * allowed, primary keys are unique and foreign keys resolve.
	 */
	static final class TableCheck {

		static List<String> problems(JsonNode resource, Map<String, List<CSVRecord>> tables) {
			String name = resource.path("name").asString();
			List<String> problems = new ArrayList<>();
			List<CSVRecord> rows = tables.get(name);
			List<String> fields = new ArrayList<>(fieldNames(resource));
			if (rows instanceof HeaderedRecords headered && !headered.header.equals(fields)) {
				problems.add(name + ": header " + headered.header + " is not the schema's " + fields);
				return problems;
			}
			Set<List<String>> keys = new HashSet<>();
			List<String> primaryKey = strings(resource.at("/schema/primaryKey"));
			for (CSVRecord row : rows) {
				String where = name + " row " + row.getRecordNumber() + ": ";
				if (row.size() != fields.size()) {
					problems.add(where + row.size() + " values for " + fields.size() + " fields");
					continue;
				}
				for (JsonNode field : list(resource.at("/schema/fields"))) {
					String column = field.path("name").asString();
					String value = row.get(column);
					if (value.isEmpty()) {
						if (field.at("/constraints/required").asBoolean(false) || primaryKey.contains(column)) {
							problems.add(where + column + " is required");
						}
						continue;
					}
					if (!casts(field.path("type").asString(), value)) {
						problems
							.add(where + column + " '" + value + "' is not of type " + field.path("type").asString());
					}
					JsonNode allowed = field.at("/constraints/enum");
					if (!allowed.isMissingNode()
							&& list(allowed).stream().map(JsonNode::asString).noneMatch(value::equals)) {
						problems.add(where + column + " '" + value + "' is not one of " + allowed);
					}
				}
				List<String> key = primaryKey.stream().map(row::get).toList();
				if (!keys.add(key)) {
					problems.add(where + "primary key " + key + " is not unique");
				}
			}
			for (JsonNode foreign : list(resource.at("/schema/foreignKeys"))) {
				List<String> columns = strings(foreign.get("fields"));
				String target = foreign.at("/reference/resource").asString();
				List<String> referenced = strings(foreign.at("/reference/fields"));
				Set<List<String>> present = tables.get(target)
					.stream()
					.map((row) -> referenced.stream().map(row::get).toList())
					.collect(Collectors.toSet());
				for (CSVRecord row : rows) {
					if (row.size() != fields.size()) {
						continue;
					}
					List<String> value = columns.stream().map(row::get).toList();
					if (!present.contains(value)) {
						problems.add(name + " row " + row.getRecordNumber() + ": " + columns + " " + value
								+ " is not in " + target);
					}
				}
			}
			return problems;
		}

		private static boolean casts(String type, String value) {
			try {
				switch (type) {
					case "integer" -> Long.parseLong(value);
					case "date" -> LocalDate.parse(value);
					case "boolean" -> {
						return value.equals("true") || value.equals("false");
					}
					case "string" -> {
						return true;
					}
					default -> {
						return false;
					}
				}
				return true;
			}
			catch (RuntimeException ex) {
				return false;
			}
		}

	}

}
