package org.sinosoviet.timeline.dataset;

import java.util.List;
import java.util.Map;

/**
 * A YAML value that remembers where it was written.
 */
sealed interface YamlNode {

	int line();

	int column();

	/**
	 * What this value is, in words for error messages.
	 * @return a description such as "a list"
	 */
	String describe();

	record Mapping(int line, int column, Map<String, Entry> entries) implements YamlNode {

		@Override
		public String describe() {
			return "a mapping of keys to values";
		}

	}

	record Entry(String key, int line, int column, YamlNode value) {

	}

	record Sequence(int line, int column, List<YamlNode> items) implements YamlNode {

		@Override
		public String describe() {
			return "a list";
		}

	}

	record Scalar(int line, int column, Kind kind, String text) implements YamlNode {

		@Override
		public String describe() {
			return switch (this.kind) {
				case STRING -> "the text " + Problem.quote(this.text);
				case NUMBER -> "the number " + Problem.quote(this.text);
				case BOOLEAN -> "the boolean " + this.text;
				case NULL -> "nothing";
			};
		}

	}

	enum Kind {

		STRING, NUMBER, BOOLEAN, NULL

	}

}
