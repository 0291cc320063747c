package org.sinosoviet.timeline.date;

/**
 * Thrown when a text is not a supported EDTF date. The message says what is wrong and
 * which forms are accepted.
 */
public class InvalidDateException extends IllegalArgumentException {

	/**
	 * The forms of date we accept, for error messages.
	 */
	public static final String ACCEPTED_FORMS = "accepted forms are \"1958\", \"1958-08\", \"1958-08-23\", "
			+ "with an optional ? (uncertain), ~ (approximate) or % (both) at the end, "
			+ "and intervals such as \"1950-10-19/1953-07-27\"";

	InvalidDateException(String text, String problem) {
		super("'" + text + "' is not a valid date: " + problem + "; " + ACCEPTED_FORMS);
	}

}
