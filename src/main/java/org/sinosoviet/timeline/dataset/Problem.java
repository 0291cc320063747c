package org.sinosoviet.timeline.dataset;

/**
 * One thing wrong in the data, with where it is and how to fix it.
 *
 * @param spot where it is
 * @param message what is wrong and how to fix it
 */
public record Problem(Spot spot, String message) {

	/** The most characters of a value a message quotes. */
	static final int QUOTED = 60;

	public String file() {
		return this.spot.file();
	}

	public int line() {
		return this.spot.line();
	}

	public String field() {
		return this.spot.field();
	}

	/**
	 * One problem a line, as {@code file:line:col: field: message}.
	 */
	@Override
	public String toString() {
		String field = this.spot.field().isEmpty() ? "" : this.spot.field() + ": ";
		return this.spot.file() + ":" + this.spot.line() + ":" + this.spot.column() + ": "
				+ visible(field + this.message);
	}

	/**
	 * A value from the data as a message shows it: quoted, on one line, and cut short if
	 * long, since a problem line must stay readable whatever the file holds.
	 * @param text the value
	 * @return the value in quotes
	 */
	static String quote(String text) {
		if (text.length() <= QUOTED) {
			return "'" + text + "'";
		}
		int end = Character.isHighSurrogate(text.charAt(QUOTED - 1)) ? QUOTED - 1 : QUOTED;
		return "'" + text.substring(0, end) + "…' (" + text.length() + " characters)";
	}

	/** Line breaks and other control characters as escapes, so that they show. */
	private static String visible(String text) {
		StringBuilder shown = new StringBuilder(text.length());
		text.codePoints().forEach((point) -> {
			if (point == '\n') {
				shown.append("\\n");
			}
			else if (point == '\t') {
				shown.append("\\t");
			}
			else if (Character.isISOControl(point) || point == 0x2028 || point == 0x2029 || point == 0xFEFF) {
				shown.append(String.format("\\u%04X", point));
			}
			else {
				shown.appendCodePoint(point);
			}
		});
		return shown.toString();
	}

}
