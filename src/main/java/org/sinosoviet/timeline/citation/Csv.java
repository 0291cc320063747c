package org.sinosoviet.timeline.citation;

import java.util.List;

/**
 * RFC 4180 CSV: CRLF line ends; a cell with a comma, quote, line break or outer space is
 * quoted, with quotes doubled.
 */
final class Csv {

	private final StringBuilder out = new StringBuilder();

	/** A line written as it is, such as an Anki header. */
	Csv raw(String line) {
		this.out.append(line).append("\r\n");
		return this;
	}

	Csv row(List<String> cells) {
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				this.out.append(',');
			}
			this.out.append(cell(cells.get(i)));
		}
		this.out.append("\r\n");
		return this;
	}

	static String cell(String value) {
		if (value == null) {
			return "";
		}
		boolean quote = value.chars().anyMatch((c) -> c == ',' || c == '"' || c == '\n' || c == '\r')
				|| !value.equals(value.strip());
		return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
	}

	@Override
	public String toString() {
		return this.out.toString();
	}

}
