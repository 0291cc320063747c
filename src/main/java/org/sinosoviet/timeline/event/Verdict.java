package org.sinosoviet.timeline.event;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How a statement of a founding document stands against independent sources.
 */
public enum Verdict {

	/** An independent source agrees. */
	CORROBORATED("Corroborated", "an independent source agrees"),

	/** Wrong: deprecated beside a preferred correction. */
	CONTRADICTED("Contradicted", "independent sources show it is wrong; see the correction"),

	/** Part holds and part does not; the reason says which. */
	PARTLY("Partly right", "part of it holds and part does not"),

	/**
	 * No independent source found after a real search; the reason says what was searched.
	 */
	UNVERIFIED("Unverified", "no independent source confirms or refutes it yet");

	private final String label;

	private final String meaning;

	Verdict(String label, String meaning) {
		this.label = label;
		this.meaning = meaning;
	}

	/**
	 * The id used in data files and the API, such as {@code corroborated}.
	 * @return the id
	 */
	public String id() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * The verdict for readers, such as "Partly right".
	 * @return the label
	 */
	public String label() {
		return this.label;
	}

	/**
	 * What the verdict means, in a few words.
	 * @return the meaning
	 */
	public String meaning() {
		return this.meaning;
	}

	public static Optional<Verdict> fromId(String id) {
		return Arrays.stream(values()).filter((verdict) -> verdict.id().equals(id)).findFirst();
	}

}
