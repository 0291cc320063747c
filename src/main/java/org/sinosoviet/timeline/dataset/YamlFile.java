package org.sinosoviet.timeline.dataset;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Parses one YAML file into a tree of {@link YamlNode}s that keep their line and column,
 * reporting syntax errors and duplicate keys as problems instead of throwing.
 */
final class YamlFile {

	private static final YAMLMapper MAPPER = YAMLMapper.builder().build();

	private final String name;

	private final List<Problem> problems;

	/**
	 * @param name the file as shown in problems
	 * @param problems where problems are collected
	 */
	YamlFile(String name, List<Problem> problems) {
		this.name = name;
		this.problems = problems;
	}

	String name() {
		return this.name;
	}

	Optional<YamlNode> parse(Path path) {
		String content;
		try {
			content = Files.readString(path, StandardCharsets.UTF_8);
		}
		catch (CharacterCodingException ex) {
			problem(1, 1, "", "the file is not valid UTF-8; save it as UTF-8");
			return Optional.empty();
		}
		catch (IOException ex) {
			problem(1, 1, "", "the file cannot be read (" + ex.getMessage() + ")");
			return Optional.empty();
		}
		return parse(content);
	}

	Optional<YamlNode> parse(String content) {
		try (JsonParser parser = MAPPER.createParser(content)) {
			JsonToken first = parser.nextToken();
			if (first == null) {
				problem(1, 1, "", "the file is empty; copy a record from data/_templates/");
				return Optional.empty();
			}
			YamlNode root = read(parser, first, "");
			if (parser.nextToken() != null) {
				TokenStreamLocation at = parser.currentTokenLocation();
				problem(at.getLineNr(), at.getColumnNr(), "",
						"the file holds more than one YAML document; keep one record per file and remove the '---'");
			}
			return Optional.of(root);
		}
		catch (JacksonException ex) {
			TokenStreamLocation at = ex.getLocation();
			int line = (at != null) ? Math.max(at.getLineNr(), 1) : 1;
			int column = (at != null) ? Math.max(at.getColumnNr(), 1) : 1;
			problem(line, column, "", "this is not valid YAML: " + firstLine(ex.getOriginalMessage())
					+ "; check the indentation and quote text that contains ': ' or starts with a special character");
			return Optional.empty();
		}
	}

	private YamlNode read(JsonParser parser, JsonToken token, String path) {
		TokenStreamLocation at = parser.currentTokenLocation();
		int line = at.getLineNr();
		int column = at.getColumnNr();
		return switch (token) {
			case START_OBJECT -> readMapping(parser, path, line, column);
			case START_ARRAY -> readSequence(parser, path, line, column);
			case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT ->
				new YamlNode.Scalar(line, column, YamlNode.Kind.NUMBER, parser.getText());
			case VALUE_TRUE, VALUE_FALSE -> new YamlNode.Scalar(line, column, YamlNode.Kind.BOOLEAN, parser.getText());
			case VALUE_NULL -> new YamlNode.Scalar(line, column, YamlNode.Kind.NULL, "");
			default -> new YamlNode.Scalar(line, column, YamlNode.Kind.STRING, parser.getText());
		};
	}

	private YamlNode readMapping(JsonParser parser, String path, int line, int column) {
		Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
		for (JsonToken token = parser.nextToken(); token != JsonToken.END_OBJECT; token = parser.nextToken()) {
			String key = parser.currentName();
			TokenStreamLocation at = parser.currentTokenLocation();
			String field = path.isEmpty() ? key : path + "." + key;
			YamlNode value = read(parser, parser.nextToken(), field);
			YamlNode.Entry previous = entries.get(key);
			if (previous != null) {
				problem(at.getLineNr(), at.getColumnNr(), field, "duplicate key '" + key + "' (first written at line "
						+ previous.line() + "); keep one of them");
			}
			else {
				entries.put(key, new YamlNode.Entry(key, at.getLineNr(), at.getColumnNr(), value));
			}
		}
		return new YamlNode.Mapping(line, column, entries);
	}

	private YamlNode readSequence(JsonParser parser, String path, int line, int column) {
		List<YamlNode> items = new ArrayList<>();
		for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
			items.add(read(parser, token, path + "[" + items.size() + "]"));
		}
		return new YamlNode.Sequence(line, column, items);
	}

	void problem(int line, int column, String field, String message) {
		this.problems.add(new Problem(new Spot(this.name, line, column, field), message));
	}

	private static String firstLine(String message) {
		if (message == null) {
			return "unreadable content";
		}
		int end = message.indexOf('\n');
		return (end < 0) ? message : message.substring(0, end);
	}

}
