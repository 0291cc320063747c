package org.sinosoviet.timeline.dataset;

/**
 * A place in a data file: the file, a line and column, and the field path there.
 *
 * @param file the file as shown to curators, such as {@code data/themes.yaml}
 * @param line the 1-based line
 * @param column the 1-based column
 * @param field the field path, such as {@code claims[1].citations[0].source}
 */
record Spot(String file, int line, int column, String field) {

	Spot in(String field) {
		return new Spot(this.file, this.line, this.column, field);
	}

}
