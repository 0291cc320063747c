package org.sinosoviet.timeline.dataset;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sinosoviet.timeline.date.HistoricalDate;
import org.sinosoviet.timeline.date.InvalidDateException;

/**
 * Reads the fields of one YAML mapping, reporting every missing, mistyped or unknown
 * field as a problem with its line and field path.
 */
final class YamlRecord {

	static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	/** Control characters but line breaks and tabs. */
	private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\u2028\\u2029&&[^\\n\\t]]");

	private final YamlFile file;

	private final String path;

	private final YamlNode.Mapping mapping;

	/**
	 * The entity or embeddable the record is stored as, whose columns limit its texts.
	 */
	private Class<?> storedAs;

	/** Keys stored under another field name, such as a claim's id as its claimId. */
	private Map<String, String> fields = Map.of();

	/**
	 * Required keys found missing, reported with the unknown keys so a misspelling gives
	 * one problem.
	 */
	private final Map<String, String> missing = new LinkedHashMap<>();

	private YamlRecord(YamlFile file, String path, YamlNode.Mapping mapping) {
		this.file = file;
		this.path = path;
		this.mapping = mapping;
	}

	/**
	 * A reader for a node that should be a mapping, or {@code null} (with a problem) if
	 * it is not one.
	 */
	static YamlRecord of(YamlFile file, String path, YamlNode node, String what) {
		if (node instanceof YamlNode.Mapping mapping) {
			return new YamlRecord(file, path, mapping);
		}
		file.problem(node.line(), node.column(), path,
				"expected " + what + " (key: value lines) but found " + node.describe());
		return null;
	}

	/**
	 * Check texts against the columns of the class the record is stored as.
	 * @param type the entity or embeddable class
	 * @param renamed keys whose field has another name, as key, field, key, field...
	 * @return this record
	 */
	YamlRecord storedAs(Class<?> type, String... renamed) {
		this.storedAs = type;
		Map<String, String> names = new LinkedHashMap<>();
		for (int i = 0; i + 1 < renamed.length; i += 2) {
			names.put(renamed[i], renamed[i + 1]);
		}
		this.fields = names;
		return this;
	}

	private ColumnLimits.Limit limit(String key) {
		return (this.storedAs != null) ? ColumnLimits.of(this.storedAs, this.fields.getOrDefault(key, key)) : null;
	}

	/** Report a text too long for its column; true if it fits. */
	private boolean fits(String key, YamlNode node, String field, String text) {
		ColumnLimits.Limit limit = limit(key);
		if (limit == null || text.length() <= limit.length()) {
			return true;
		}
		problem(node, field,
				"is " + text.length() + " characters long, but at most " + limit.length() + " fit; shorten it");
		return false;
	}

	/**
	 * Report a control character, which no page can show: the YAML reader refuses them
	 * written as they are, but lets them in as escapes in double quotes.
	 */
	private void printable(YamlNode node, String field, String text) {
		Matcher control = CONTROL.matcher(text);
		if (control.find()) {
			problem(node, field,
					String.format(
							"holds the control character U+%04X, which no page can show; "
									+ "delete it (in double quotes it is an escape such as \\a or \\x07)",
							(int) control.group().charAt(0)));
		}
	}

	Spot spot() {
		return new Spot(this.file.name(), this.mapping.line(), this.mapping.column(), this.path);
	}

	Spot spot(String key) {
		YamlNode.Entry entry = this.mapping.entries().get(key);
		return (entry != null) ? new Spot(this.file.name(), entry.line(), entry.column(), field(key))
				: spot().in(field(key));
	}

	String file() {
		return this.file.name();
	}

	boolean isEmptyList(String key) {
		YamlNode.Entry entry = this.mapping.entries().get(key);
		return entry != null && entry.value() instanceof YamlNode.Sequence sequence && sequence.items().isEmpty();
	}

	boolean has(String key) {
		return this.mapping.entries().containsKey(key);
	}

	String text(String key, boolean required) {
		ColumnLimits.Limit limit = limit(key);
		boolean needed = required || (limit != null && limit.required());
		YamlNode node = node(key, needed, "a text");
		if (node == null) {
			return null;
		}
		if (node instanceof YamlNode.Scalar scalar && scalar.kind() != YamlNode.Kind.BOOLEAN) {
			String text = scalar.text().strip();
			if (text.isEmpty() && needed) {
				problem(node, field(key), "is empty; write a text");
				return null;
			}
			// A text too long is reported, but still returned: checks that need it do not
			// report it missing as well.
			fits(key, node, field(key), text);
			printable(node, field(key), text);
			return text.isEmpty() ? null : text;
		}
		problem(node, field(key), "expected a text but found " + node.describe() + "; quote it if it is meant as text");
		return null;
	}

	String id(String key, boolean required) {
		String text = text(key, required);
		if (text != null && !ID.matcher(text).matches()) {
			problem(this.mapping.entries().get(key).value(), field(key), Problem.quote(text)
					+ " is not a valid id; use lowercase letters, digits and single hyphens, such as 'sino-soviet-treaty'");
			return null;
		}
		return text;
	}

	HistoricalDate date(String key, boolean required) {
		YamlNode node = node(key, required, "a date");
		if (node == null) {
			return null;
		}
		if (node instanceof YamlNode.Scalar scalar && scalar.kind() == YamlNode.Kind.STRING) {
			try {
				return HistoricalDate.parse(scalar.text());
			}
			catch (InvalidDateException ex) {
				// The exception quotes the whole text; a long one is quoted short.
				problem(node, field(key),
						(scalar.text().length() <= Problem.QUOTED) ? ex.getMessage() : Problem.quote(scalar.text())
								+ " is not a valid date; " + InvalidDateException.ACCEPTED_FORMS);
				return null;
			}
		}
		problem(node, field(key),
				"expected a date in quotes, such as \"1958\" or \"1958-08-23\", but found " + node.describe());
		return null;
	}

	LocalDate day(String key, boolean required) {
		String text = text(key, required);
		if (text == null) {
			return null;
		}
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			problem(this.mapping.entries().get(key).value(), field(key),
					Problem.quote(text) + " is not a day; write it as \"2026-11-22\"");
			return null;
		}
	}

	/**
	 * A whole number within bounds, such as an event's importance.
	 */
	Integer number(String key, boolean required, int min, int max, String what) {
		YamlNode node = node(key, required, what);
		if (node == null) {
			return null;
		}
		if (node instanceof YamlNode.Scalar scalar && scalar.kind() == YamlNode.Kind.NUMBER
				&& scalar.text().matches("\\d{1,9}")) {
			int value = Integer.parseInt(scalar.text());
			if (value >= min && value <= max) {
				return value;
			}
		}
		problem(node, field(key), "expected " + what + " but found " + node.describe());
		return null;
	}

	/**
	 * A point written as {@code [latitude, longitude]} in decimal degrees, each checked
	 * against its range.
	 * @return the latitude and longitude, or {@code null} (with a problem) if it is not
	 * one
	 */
	double[] point(String key, boolean required) {
		YamlNode.Sequence sequence = sequence(key, required, "a point [latitude, longitude], such as [46.49, 133.84]");
		if (sequence == null) {
			return null;
		}
		if (sequence.items().size() != 2) {
			problem(sequence, field(key), "expected two numbers [latitude, longitude] in decimal degrees but found "
					+ sequence.items().size() + "; write it as [46.49, 133.84]");
			return null;
		}
		Double latitude = degrees(sequence.items().get(0), field(key) + "[0]", "latitude", 90, "north");
		Double longitude = degrees(sequence.items().get(1), field(key) + "[1]", "longitude", 180, "east");
		return (latitude != null && longitude != null) ? new double[] { latitude, longitude } : null;
	}

	private Double degrees(YamlNode item, String field, String what, int limit, String positive) {
		if (item instanceof YamlNode.Scalar scalar && scalar.kind() == YamlNode.Kind.NUMBER) {
			double value = Double.parseDouble(scalar.text());
			if (Double.isFinite(value) && Math.abs(value) <= limit) {
				return value;
			}
			problem(item, field, "the " + what + " " + scalar.text() + " is outside -" + limit + " to " + limit
					+ "; write decimal degrees, " + positive + " positive");
			return null;
		}
		problem(item, field, "expected the " + what + " in decimal degrees but found " + item.describe()
				+ "; write a number such as 46.49, without quotes or a degree sign");
		return null;
	}

	/**
	 * A mapping under a key, such as a place's {@code coordinates-source}.
	 */
	YamlRecord record(String key, boolean required, String what) {
		YamlNode node = node(key, required, what);
		return (node != null) ? of(this.file, field(key), node, what) : null;
	}

	boolean flag(String key) {
		YamlNode node = node(key, false, "true or false");
		if (node == null) {
			return false;
		}
		if (node instanceof YamlNode.Scalar scalar && scalar.kind() == YamlNode.Kind.BOOLEAN) {
			return Boolean.parseBoolean(scalar.text());
		}
		problem(node, field(key), "expected true or false but found " + node.describe());
		return false;
	}

	<E> E choice(String key, boolean required, Function<String, java.util.Optional<E>> lookup, String allowed) {
		String text = text(key, required);
		if (text == null) {
			return null;
		}
		E value = lookup.apply(text).orElse(null);
		if (value == null) {
			problem(this.mapping.entries().get(key).value(), field(key),
					"unknown value " + Problem.quote(text) + "; use one of " + allowed);
		}
		return value;
	}

	/**
	 * A list of ids, each kept with where it was written so that references can be
	 * checked later.
	 */
	List<Ref> ids(String key, boolean required) {
		List<Ref> refs = new ArrayList<>();
		YamlNode.Sequence sequence = sequence(key, required, "a list of ids, such as [border, ideology]");
		if (sequence == null) {
			return refs;
		}
		for (int i = 0; i < sequence.items().size(); i++) {
			YamlNode item = sequence.items().get(i);
			String field = field(key) + "[" + i + "]";
			if (item instanceof YamlNode.Scalar scalar && scalar.kind() == YamlNode.Kind.STRING
					&& ID.matcher(scalar.text()).matches()) {
				fits(key, item, field, scalar.text());
				refs.add(new Ref(scalar.text(), new Spot(file(), item.line(), item.column(), field)));
			}
			else {
				problem(item, field,
						"expected an id (lowercase letters, digits and hyphens) but found " + item.describe());
			}
		}
		return refs;
	}

	Ref ref(String key, boolean required) {
		String id = id(key, required);
		if (id == null) {
			return null;
		}
		YamlNode value = this.mapping.entries().get(key).value();
		return new Ref(id, new Spot(file(), value.line(), value.column(), field(key)));
	}

	/**
	 * A list of texts, each kept with where it was written, such as the features of a
	 * place's outline, checked later against what the map carries.
	 */
	List<Ref> textRefs(String key, boolean required, String what) {
		List<Ref> refs = new ArrayList<>();
		YamlNode.Sequence sequence = sequence(key, required, what);
		if (sequence == null) {
			return refs;
		}
		if (sequence.items().isEmpty() && required) {
			problem(sequence, field(key), "is empty; write " + what);
		}
		for (int i = 0; i < sequence.items().size(); i++) {
			YamlNode item = sequence.items().get(i);
			String field = field(key) + "[" + i + "]";
			if (item instanceof YamlNode.Scalar scalar && scalar.kind() == YamlNode.Kind.STRING) {
				String text = scalar.text().strip();
				printable(item, field, text);
				refs.add(new Ref(text, new Spot(file(), item.line(), item.column(), field)));
			}
			else {
				problem(item, field, "expected a text but found " + item.describe());
			}
		}
		return refs;
	}

	List<String> texts(String key) {
		List<String> texts = new ArrayList<>();
		YamlNode.Sequence sequence = sequence(key, false, "a list of texts");
		if (sequence == null) {
			return texts;
		}
		for (int i = 0; i < sequence.items().size(); i++) {
			YamlNode item = sequence.items().get(i);
			if (item instanceof YamlNode.Scalar scalar && scalar.kind() == YamlNode.Kind.STRING) {
				String text = scalar.text().strip();
				fits(key, item, field(key) + "[" + i + "]", text);
				printable(item, field(key) + "[" + i + "]", text);
				texts.add(text);
			}
			else {
				problem(item, field(key) + "[" + i + "]", "expected a text but found " + item.describe());
			}
		}
		return texts;
	}

	/**
	 * The mappings in a list, such as an event's claims.
	 */
	List<YamlRecord> records(String key, boolean required, String what) {
		List<YamlRecord> records = new ArrayList<>();
		YamlNode.Sequence sequence = sequence(key, required, "a list of " + what + "s");
		if (sequence == null) {
			return records;
		}
		if (sequence.items().isEmpty() && required) {
			problem(sequence, field(key), "is empty; add at least one " + what);
		}
		for (int i = 0; i < sequence.items().size(); i++) {
			YamlRecord record = of(this.file, field(key) + "[" + i + "]", sequence.items().get(i), what);
			if (record != null) {
				records.add(record);
			}
		}
		return records;
	}

	/**
	 * Report every key that was not read, suggesting the nearest allowed key.
	 */
	void rejectUnknownKeys(List<String> allowed) {
		for (YamlNode.Entry entry : this.mapping.entries().values()) {
			if (!allowed.contains(entry.key())) {
				String nearest = allowed.stream()
					.min(Comparator.comparingInt((candidate) -> distance(candidate, entry.key())))
					.filter((candidate) -> distance(candidate, entry.key()) <= 2)
					.orElse(null);
				String hint = "";
				if (nearest != null) {
					hint = "did you mean '" + nearest + "'?"
							+ ((this.missing.remove(nearest) != null) ? " (" + nearest + " is required); " : "; ");
				}
				this.file.problem(entry.line(), entry.column(), field(entry.key()),
						"unknown key " + Problem.quote(entry.key()) + "; " + hint + "allowed keys here are "
								+ String.join(", ", allowed));
			}
		}
		this.missing.forEach((key, what) -> this.file.problem(this.mapping.line(), this.mapping.column(), field(key),
				"is missing; add " + what));
		this.missing.clear();
	}

	void problem(String key, String message) {
		Spot spot = spot(key);
		this.file.problem(spot.line(), spot.column(), spot.field(), message);
	}

	private YamlNode node(String key, boolean required, String what) {
		YamlNode.Entry entry = this.mapping.entries().get(key);
		if (entry == null || (entry.value() instanceof YamlNode.Scalar scalar && scalar.kind() == YamlNode.Kind.NULL)) {
			if (required && entry != null) {
				this.file.problem(entry.line(), entry.column(), field(key), "is empty; add " + what);
			}
			else if (required) {
				this.missing.put(key, what);
			}
			return null;
		}
		return entry.value();
	}

	private YamlNode.Sequence sequence(String key, boolean required, String what) {
		YamlNode node = node(key, required, what);
		if (node == null) {
			return null;
		}
		if (node instanceof YamlNode.Sequence sequence) {
			return sequence;
		}
		problem(node, field(key), "expected " + what + " but found " + node.describe());
		return null;
	}

	private void problem(YamlNode node, String field, String message) {
		this.file.problem(node.line(), node.column(), field, message);
	}

	private String field(String key) {
		return this.path.isEmpty() ? key : this.path + "." + key;
	}

	static int distance(String a, String b) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int cost = (a.charAt(i - 1) == b.charAt(j - 1)) ? 0 : 1;
				current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}

	/**
	 * A reference to another record's id, and where it was written.
	 */
	record Ref(String id, Spot spot) {

	}

}
