package org.sinosoviet.timeline.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
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
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLParser;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;

/**
 * Parses one YAML file into a tree of {@link YamlNode}s that keep their line and column,
 * reporting syntax errors and duplicate keys as problems instead of throwing.
 */
final class YamlFile {

	private static final YAMLMapper MAPPER = YAMLMapper.builder().build();

	/**
	 * The largest file read: many times the largest record, and far below what the heap
	 * and the YAML reader's own limit of 3 million characters allow.
	 */
	static final int MAX_BYTES = 1_000_000;

	private final String name;

	private final List<Problem> problems;

	private int aliases;

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
		byte[] bytes;
		try (InputStream in = Files.newInputStream(path)) {
			// Read no more than the limit, whatever the file claims its size is.
			bytes = in.readNBytes(MAX_BYTES + 1);
		}
		catch (IOException ex) {
			problem(1, 1, "", "the file cannot be read (" + reason(ex) + "); check that it is a file you may read");
			return Optional.empty();
		}
		if (bytes.length > MAX_BYTES) {
			problem(1, 1, "", "the file is larger than " + MAX_BYTES / 1_000_000
					+ " MB, far more than any record needs; check that it is the right file, or split it");
			return Optional.empty();
		}
		String content = decode(bytes);
		return (content != null) ? parse(content) : Optional.empty();
	}

	static String reason(IOException ex) {
		if (ex instanceof AccessDeniedException) {
			return "permission denied";
		}
		if (ex instanceof FileSystemException failure && failure.getReason() != null) {
			return failure.getReason();
		}
		return (ex.getMessage() != null) ? ex.getMessage() : "an input error";
	}

	/**
	 * The text of a UTF-8 file, or {@code null}, with a problem at the first byte that is
	 * not UTF-8.
	 */
	private String decode(byte[] bytes) {
		if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
				|| (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
			problem(1, 1, "", "the file is saved as UTF-16; save it as UTF-8");
			return null;
		}
		ByteBuffer in = ByteBuffer.wrap(bytes);
		CharBuffer out = CharBuffer.allocate(bytes.length);
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder();
		if (decoder.decode(in, out, true).isError()) {
			int[] spot = spotOf(out.flip(), out.length());
			problem(spot[0], spot[1], "", String.format("the file is not valid UTF-8: the byte 0x%02X here is not "
					+ "part of a character; save the file as UTF-8", bytes[in.position()] & 0xFF));
			return null;
		}
		decoder.flush(out);
		return out.flip().toString();
	}

	/** The 1-based line and column of a character offset. */
	private static int[] spotOf(CharSequence text, int offset) {
		int line = 1;
		int column = 1;
		for (int i = 0; i < offset && i < text.length(); i++) {
			if (text.charAt(i) == '\n') {
				line++;
				column = 1;
			}
			else {
				column++;
			}
		}
		return new int[] { line, column };
	}

	Optional<YamlNode> parse(String content) {
		try (JsonParser parser = MAPPER.createParser(content)) {
			try {
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
				syntaxProblem(ex, content, parser.currentLocation());
				return Optional.empty();
			}
		}
	}

	/**
	 * Report what the YAML reader could not read, where it stopped, in words: the
	 * reader's own exceptions know the exact place, Jackson's only the last token.
	 */
	private void syntaxProblem(JacksonException ex, String content, TokenStreamLocation stopped) {
		Throwable cause = ex.getCause();
		if (cause instanceof ReaderException reader) {
			int offset = content.offsetByCodePoints(0,
					Math.min(reader.getPosition(), content.codePointCount(0, content.length())));
			int[] spot = spotOf(content, offset);
			problem(spot[0], spot[1], "",
					String.format(
							"the character U+%04X is not allowed in YAML; delete it "
									+ "(in a double-quoted text, write it as an escape such as \\u%04X if it is meant)",
							reader.getCodePoint(), reader.getCodePoint()));
			return;
		}
		TokenStreamLocation at = (ex.getLocation() != null) ? ex.getLocation() : stopped;
		int line = (at != null) ? Math.max(at.getLineNr(), 1) : 1;
		int column = (at != null) ? Math.max(at.getColumnNr(), 1) : 1;
		String what = firstLine(ex.getOriginalMessage());
		if (cause instanceof MarkedYamlEngineException marked && marked.getProblemMark().isPresent()) {
			line = marked.getProblemMark().get().getLine() + 1;
			column = marked.getProblemMark().get().getColumn() + 1;
			what = firstLine(marked.getProblem());
		}
		if (what.contains("\\t(TAB)")) {
			problem(line, column, "", "this is not valid YAML: a tab here; YAML indents with spaces only, "
					+ "so replace the tab with spaces");
		}
		else if (ex instanceof StreamConstraintsException && what.contains("nesting depth")) {
			problem(line, column, "",
					"the values are nested too deep, more than "
							+ MAPPER.tokenStreamFactory().streamReadConstraints().getMaxNestingDepth()
							+ " lists or mappings inside each other; a record needs a few levels");
		}
		else {
			problem(line, column, "", "this is not valid YAML: " + what.replaceAll(", from `[^`]*`", "")
					+ "; check the indentation and quote text that contains ': ' or starts with a special character");
		}
	}

	private YamlNode read(JsonParser parser, JsonToken token, String path) {
		TokenStreamLocation at = parser.currentTokenLocation();
		int line = at.getLineNr();
		int column = at.getColumnNr();
		if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
			// The parser gives an alias as the text of its name, and the data writes
			// values
			// out. One problem a file is enough: a file of aliases would give hundreds.
			if (this.aliases++ == 0) {
				problem(line, column, path, Problem.quote("*" + parser.getText())
						+ " is a YAML alias; write the value out in full, since the data uses no anchors (&) or aliases (*)");
			}
			return new YamlNode.Scalar(line, column, YamlNode.Kind.STRING, "*" + parser.getText());
		}
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
				problem(at.getLineNr(), at.getColumnNr(), field, "duplicate key " + Problem.quote(key)
						+ " (first written at line " + previous.line() + "); keep one of them");
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
