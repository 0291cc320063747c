package org.sinosoviet.timeline.dataset;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.springframework.util.FileSystemUtils;

/**
 * The ways a data directory gets broken, each as cases that break a copy of the data and
 * put it back. Random choices come from one seeded {@link Random}, so a seed names a run.
 */
final class DataMutations {

	/** A {@code key: value} line, possibly the first of a list item. */
	private static final Pattern KEY_LINE = Pattern.compile("^( *(?:- )?)([a-z]+):(.*)$");

	private static final List<String> WRONG_TYPES = List.of("[a, b]", "{a: 1, b: [2]}", "42", "-7", "3.14", "1e999",
			"0x1F", "true", "no", "null", "~", "\"\"", "[]", "{}", ".inf", "2026-01-01", "!!binary aGVsbG8=",
			"!custom tag", "? complex\n: key");

	private static final String[] CONTROL = { "\u0000", "\u0001", "\u0007", "\u0008", "\u000B", "\u000C", "\u001B",
			"\u007F", "\u0085", "\u009F", "\u2028", "\uFFFE", "\uFFFF", "\r" };

	private static final String[] ESCAPES = { "\\0", "\\a", "\\b", "\\e", "\\x1b", "\\x7f", "\\u0085", "\\v", "\\f" };

	private static final int[][] BAD_UTF8 = { { 0xFF }, { 0xFE }, { 0x80 }, { 0xC0, 0xAF }, { 0xED, 0xA0, 0x80 },
			{ 0xE4, 0xB8 }, { 0xF4, 0x90, 0x80, 0x80 }, { 0xC3 } };

	private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private final Path data;

	private final Path outside;

	private final Random random;

	private final List<Path> files;

	/**
	 * @param data the copy of the data to break
	 * @param outside a folder beside it, for links that lead out and missing directories
	 * @param random the seeded source of every choice
	 */
	DataMutations(Path data, Path outside, Random random) {
		this.data = data;
		this.outside = outside;
		this.random = random;
		try (Stream<Path> paths = Files.walk(data)) {
			this.files = paths.filter((path) -> path.toString().endsWith(".yaml"))
				.filter((path) -> !data.relativize(path).startsWith("_templates"))
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Every kind, with {@code random} cases of each kind that picks at random.
	 */
	List<Kind> kinds(int random) {
		return List.of(new Kind("truncation", repeat(random, () -> bytes(false, (bytes) -> truncate(bytes)))),
				new Kind("wrong types",
						repeat(random, () -> text(false, (text) -> replaceValue(text, pick(WRONG_TYPES))))),
				new Kind("deep nesting", repeat(random, () -> text(false, (text) -> replaceValue(text, nesting())))),
				new Kind("huge strings", repeat(random, () -> text(false, (text) -> replaceValue(text, huge())))),
				new Kind("control characters", repeat(random, () -> text(false, this::control))),
				new Kind("invalid UTF-8", repeat(random, () -> bytes(true, this::invalidUtf8))),
				new Kind("byte order marks", repeat(random, () -> bytes(false, this::bom))),
				new Kind("tabs", repeat(random, () -> text(false, this::tab))),
				new Kind("duplicate keys", repeat(random, () -> text(true, this::duplicateKey))),
				new Kind("anchors and aliases", repeat(random, () -> text(true, this::alias))),
				new Kind("billion laughs",
						List.of(text(true, (text) -> laughs(9)), text(true, (text) -> laughs(30)),
								text(true, (text) -> laughs(9) + text), text(true, this::quadratic))),
				new Kind("random bytes", repeat(random, () -> bytes(false, this::flipBytes))),
				new Kind("symlinks", symlinks()), new Kind("unreadable files", unreadable(), unreadableSkip()),
				new Kind("missing data", missing()),
				new Kind("empty files",
						Stream
							.of("", "\n\n  \n", "# nothing here\n", "---\n", "null\n", "~", "[]", "{}", "\"\"", "...\n")
							.map((content) -> text(true, (text) -> content))
							.toList()),
				new Kind("folders for files", folders()), new Kind("wrong extensions", extensions()));
	}

	private static List<Case> repeat(int count, Supplier<Case> next) {
		return IntStream.range(0, count).mapToObj((i) -> next.get()).toList();
	}

	private <T> T pick(List<T> choices) {
		return choices.get(this.random.nextInt(choices.size()));
	}

	private Path file() {
		return pick(this.files);
	}

	private String display(Path path) {
		return this.data.relativize(path).toString();
	}

	private Case bytes(boolean mustReject, UnaryOperator<byte[]> edit) {
		Path file = file();
		// Drawn now, so that the cases do not depend on the order they run in.
		long seed = this.random.nextLong();
		return new Case(display(file), mustReject) {

			private byte[] original;

			@Override
			Path apply() throws IOException {
				this.original = Files.readAllBytes(file);
				DataMutations.this.random.setSeed(seed);
				byte[] changed = edit.apply(this.original);
				this.what += " (" + describe(this.original, changed) + ")";
				Files.write(file, changed);
				return DataMutations.this.data;
			}

			@Override
			void restore() throws IOException {
				Files.write(file, this.original);
			}

		};
	}

	private Case text(boolean mustReject, UnaryOperator<String> edit) {
		return bytes(mustReject,
				(bytes) -> edit.apply(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
	}

	private static String describe(byte[] before, byte[] after) {
		int at = Arrays.mismatch(before, after);
		return (at < 0) ? "unchanged" : "from byte " + at + ", " + before.length + " -> " + after.length + " bytes";
	}

	private byte[] truncate(byte[] bytes) {
		return Arrays.copyOf(bytes, this.random.nextInt(Math.max(bytes.length, 1)));
	}

	/**
	 * Replace the value of a random key, and the lines of its list or mapping, with
	 * another value.
	 */
	private String replaceValue(String text, String value) {
		List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
		List<Integer> keys = IntStream.range(0, lines.size())
			.filter((i) -> KEY_LINE.matcher(lines.get(i)).matches())
			.boxed()
			.toList();
		if (keys.isEmpty()) {
			return value + "\n" + text;
		}
		int start = pick(keys);
		Matcher key = KEY_LINE.matcher(lines.get(start));
		key.matches();
		int indent = key.group(1).length();
		int end = start + 1;
		while (end < lines.size() && (lines.get(end).isBlank() || indentOf(lines.get(end)) > indent
				|| (key.group(3).isBlank() && lines.get(end).startsWith(" ".repeat(indent) + "- ")))) {
			end++;
		}
		lines.subList(start, end).clear();
		lines.add(start, key.group(1) + key.group(2) + ": " + value);
		return String.join("\n", lines);
	}

	private static int indentOf(String line) {
		int indent = 0;
		while (indent < line.length() && line.charAt(indent) == ' ') {
			indent++;
		}
		return indent;
	}

	private String nesting() {
		int depth = 400 + this.random.nextInt(20_000);
		return switch (this.random.nextInt(4)) {
			case 0 -> "[".repeat(depth);
			case 1 -> "[".repeat(depth) + "]".repeat(depth);
			case 2 -> "{a: ".repeat(depth) + "b" + "}".repeat(depth);
			default -> IntStream.range(0, 600)
				.mapToObj((level) -> "\n" + "  ".repeat(level + 1) + "a:")
				.reduce("", String::concat) + " b";
		};
	}

	private String huge() {
		int length = pick(List.of(5_000, 300_000, 1_100_000, 3_500_000, 8_000_000));
		return switch (this.random.nextInt(3)) {
			case 0 -> "x".repeat(length);
			case 1 -> "\"" + "中".repeat(length / 3) + "\"";
			default -> "|\n" + ("  " + "y".repeat(99) + "\n").repeat(length / 100);
		};
	}

	private String control(String text) {
		if (this.random.nextInt(3) == 0) {
			return replaceValue(text, "\"before " + ESCAPES[this.random.nextInt(ESCAPES.length)] + " after\"");
		}
		int at = this.random.nextInt(text.length() + 1);
		return text.substring(0, at) + CONTROL[this.random.nextInt(CONTROL.length)] + text.substring(at);
	}

	private byte[] invalidUtf8(byte[] bytes) {
		int[] sequence = BAD_UTF8[this.random.nextInt(BAD_UTF8.length)];
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int at = this.random.nextInt(bytes.length + 1);
		out.write(bytes, 0, at);
		for (int value : sequence) {
			out.write(value);
		}
		out.write(bytes, at, bytes.length - at);
		return out.toByteArray();
	}

	private byte[] bom(byte[] bytes) {
		String text = new String(bytes, StandardCharsets.UTF_8);
		return switch (this.random.nextInt(4)) {
			case 0 -> concat(BOM, bytes);
			case 1 -> concat(BOM, concat(BOM, bytes));
			case 2 -> concat(new byte[] { (byte) 0xFE, (byte) 0xFF }, text.getBytes(StandardCharsets.UTF_16BE));
			default -> {
				int line = text.indexOf('\n', this.random.nextInt(Math.max(text.length(), 1)));
				yield (line < 0) ? concat(bytes, BOM)
						: (text.substring(0, line + 1) + "\uFEFF" + text.substring(line + 1))
							.getBytes(StandardCharsets.UTF_8);
			}
		};
	}

	private static byte[] concat(byte[] first, byte[] second) {
		byte[] both = Arrays.copyOf(first, first.length + second.length);
		System.arraycopy(second, 0, both, first.length, second.length);
		return both;
	}

	private String tab(String text) {
		List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
		List<Integer> indented = IntStream.range(0, lines.size())
			.filter((i) -> lines.get(i).startsWith(" ") || lines.get(i).contains(": "))
			.boxed()
			.toList();
		if (indented.isEmpty()) {
			return "\t" + text;
		}
		int i = pick(indented);
		String line = lines.get(i);
		lines.set(i, switch (this.random.nextInt(3)) {
			case 0 -> "\t" + line.stripLeading();
			case 1 -> "\t" + line;
			default -> line.replaceFirst(": ", ":\t");
		});
		return String.join("\n", lines);
	}

	/**
	 * Write a random key's line again, with its list or mapping, in the same mapping.
	 */
	private String duplicateKey(String text) {
		List<String> lines = Arrays.asList(text.split("\n", -1));
		List<Integer> keys = IntStream.range(0, lines.size())
			.filter((i) -> KEY_LINE.matcher(lines.get(i)).matches())
			.boxed()
			.toList();
		int start = pick(keys);
		Matcher key = KEY_LINE.matcher(lines.get(start));
		key.matches();
		int indent = key.group(1).length();
		int end = start + 1;
		while (end < lines.size() && !lines.get(end).isBlank() && (indentOf(lines.get(end)) > indent
				|| (key.group(3).isBlank() && lines.get(end).startsWith(" ".repeat(indent) + "- ")))) {
			end++;
		}
		List<String> copy = new ArrayList<>(lines.subList(start, end));
		copy.set(0, " ".repeat(indent) + key.group(2) + ":" + key.group(3));
		List<String> result = new ArrayList<>(lines.subList(0, end));
		result.addAll(copy);
		result.addAll(lines.subList(end, lines.size()));
		return String.join("\n", result);
	}

	private String alias(String text) {
		return switch (this.random.nextInt(4)) {
			case 0 -> replaceValue(replaceValue(text, "&shared anchored value"), "*shared");
			case 1 -> replaceValue(text, "*nowhere");
			case 2 -> replaceValue(text, "{<<: *base}");
			default -> "base: &base {title: shared}\n" + replaceValue(text, "*base");
		};
	}

	/** The classic exponential entity expansion, in YAML aliases. */
	private static String laughs(int levels) {
		StringBuilder text = new StringBuilder("lol0: &lol0 lol\n");
		for (int level = 1; level <= levels; level++) {
			String previous = "*lol" + (level - 1);
			text.append("lol").append(level).append(": &lol").append(level).append(" [");
			text.append(String.join(", ", java.util.Collections.nCopies(10, previous))).append("]\n");
		}
		return text.toString();
	}

	/** One long anchored text, aliased many times. */
	private String quadratic(String text) {
		return "big: &big " + "x".repeat(100_000) + "\n" + replaceValue(text, "[" + "*big, ".repeat(10_000) + "]");
	}

	private byte[] flipBytes(byte[] bytes) {
		byte[] flipped = bytes.clone();
		for (int i = 0; i < 1 + this.random.nextInt(8) && flipped.length > 0; i++) {
			flipped[this.random.nextInt(flipped.length)] = (byte) this.random.nextInt(256);
		}
		return flipped;
	}

	private List<Case> symlinks() {
		Path file = file();
		Path event = pick(this.files.stream().filter((path) -> display(path).startsWith("events")).toList());
		Path year = event.getParent();
		return List.of(replaceWithLink("a link to a copy outside the data", file, false, () -> {
			Path copy = this.outside.resolve("copy-" + file.getFileName());
			Files.createDirectories(this.outside);
			Files.copy(file, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
			return copy;
		}), replaceWithLink("a link to itself", file, true, () -> file.getFileName()),
				replaceWithLink("a link to a missing file", file, true, () -> this.outside.resolve("missing.yaml")),
				replaceWithLink("a link to a folder", file, true, () -> this.outside),
				replaceWithLink("a link to /dev/zero", event, true, () -> Path.of("/dev/zero")),
				replaceWithLink("a link to a non-YAML system file", event, true, () -> Path.of("/etc/passwd")),
				change("a folder link back to its parent", true, () -> link(year.resolve("loop"), Path.of("..")),
						() -> Files.delete(year.resolve("loop"))),
				change("a folder link to the whole data", true, () -> link(this.data.resolve("sources/all"), this.data),
						() -> Files.delete(this.data.resolve("sources/all"))),
				movedAway("events/ as a link to the events moved outside", this.data.resolve("events"), false),
				movedAway("sources/ as a link to the sources moved outside", this.data.resolve("sources"), false),
				loadThrough("the data directory itself through a link"));
	}

	private Case replaceWithLink(String what, Path file, boolean mustReject, IoSupplier<Path> target) {
		Path saved = this.outside.resolve("saved-" + file.getFileName());
		return change(what + ": " + display(file), mustReject, () -> {
			Files.createDirectories(this.outside);
			Path to = target.get();
			Files.move(file, saved);
			link(file, to);
		}, () -> {
			Files.deleteIfExists(file);
			Files.move(saved, file);
		});
	}

	private Case movedAway(String what, Path folder, boolean mustReject) {
		Path moved = this.outside.resolve("moved-" + folder.getFileName());
		return change(what, mustReject, () -> {
			Files.createDirectories(this.outside);
			Files.move(folder, moved);
			link(folder, moved);
		}, () -> {
			Files.delete(folder);
			Files.move(moved, folder);
		});
	}

	private Case loadThrough(String what) {
		Path link = this.outside.resolve("data-link");
		return new Case(what, false) {

			@Override
			Path apply() throws IOException {
				Files.createDirectories(link.getParent());
				return link(link, DataMutations.this.data);
			}

			@Override
			void restore() throws IOException {
				Files.delete(link);
			}

		};
	}

	private static Path link(Path link, Path target) throws IOException {
		return Files.createSymbolicLink(link, target);
	}

	private List<Case> unreadable() {
		Path file = file();
		Path year = pick(this.files.stream().filter((path) -> display(path).startsWith("events")).toList()).getParent();
		return List.of(permissions("an unreadable file: " + display(file), file, "---------"),
				permissions("an unreadable folder: " + display(year), year, "---------"),
				permissions("a folder that cannot be listed: " + display(year), year, "rw-r--r--"));
	}

	private Case permissions(String what, Path path, String permissions) {
		return new Case(what, true) {

			private java.util.Set<java.nio.file.attribute.PosixFilePermission> original;

			@Override
			Path apply() throws IOException {
				this.original = Files.getPosixFilePermissions(path);
				Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
				return DataMutations.this.data;
			}

			@Override
			void restore() throws IOException {
				Files.setPosixFilePermissions(path, this.original);
			}

		};
	}

	/**
	 * Why unreadable files cannot be tried here, or {@code null} if they can.
	 */
	private String unreadableSkip() {
		try {
			Path probe = Files.createTempFile("unreadable", ".yaml");
			try {
				Files.setPosixFilePermissions(probe, PosixFilePermissions.fromString("---------"));
				Files.readAllBytes(probe);
				return "running as root (chmod 000 does not stop root reading)";
			}
			catch (IOException ex) {
				return null;
			}
			finally {
				Files.delete(probe);
			}
		}
		catch (UnsupportedOperationException | IOException ex) {
			return "the file system has no POSIX permissions";
		}
	}

	private List<Case> missing() {
		Path themes = this.data.resolve("themes.yaml");
		return List.of(new Case("a data directory that does not exist", true) {

			@Override
			Path apply() {
				return DataMutations.this.outside.resolve("no-such-data");
			}

		}, new Case("a data directory that is a file", true) {

			@Override
			Path apply() {
				return themes;
			}

		}, emptied("an empty data directory"), movedOut("events/ missing", this.data.resolve("events")),
				movedOut("sources/ missing", this.data.resolve("sources")), movedOut("themes.yaml missing", themes),
				movedOut("periods.yaml missing", this.data.resolve("periods.yaml")));
	}

	private Case emptied(String what) {
		Path empty = this.outside.resolve("empty-data");
		return change(what, true, () -> Files.createDirectories(empty), () -> Files.delete(empty)).loading(empty);
	}

	private Case movedOut(String what, Path path) {
		Path moved = this.outside.resolve("moved-out-" + path.getFileName());
		return change(what, true, () -> {
			Files.createDirectories(this.outside);
			Files.move(path, moved);
		}, () -> Files.move(moved, path));
	}

	private List<Case> folders() {
		Path file = file();
		Path event = pick(this.files.stream().filter((path) -> display(path).startsWith("events")).toList());
		return List.of(fileAsFolder(file, false), fileAsFolder(this.data.resolve("themes.yaml"), false),
				fileAsFolder(event, true), folderAsFile(this.data.resolve("events")),
				folderAsFile(this.data.resolve("sources")), folderAsFile(event.getParent()));
	}

	/** A file replaced by a folder of its name, empty or holding the file. */
	private Case fileAsFolder(Path file, boolean holdingIt) {
		Path saved = this.outside.resolve("saved-" + file.getFileName());
		return change("a folder in place of " + display(file) + (holdingIt ? ", holding the file" : ""), true, () -> {
			Files.createDirectories(this.outside);
			Files.move(file, saved);
			Files.createDirectory(file);
			if (holdingIt) {
				Files.copy(saved, file.resolve(file.getFileName()));
			}
		}, () -> {
			FileSystemUtils.deleteRecursively(file);
			Files.move(saved, file);
		});
	}

	private Case folderAsFile(Path folder) {
		Path saved = this.outside.resolve("saved-folder-" + folder.getFileName());
		return change("a file in place of " + display(folder) + "/", true, () -> {
			Files.createDirectories(this.outside);
			Files.move(folder, saved);
			Files.writeString(folder, "id: not-a-folder\n");
		}, () -> {
			Files.delete(folder);
			Files.move(saved, folder);
		});
	}

	private List<Case> extensions() {
		return Stream.of(".yml", ".json", ".YAML", ".yaml~", ".yaml.bak", "", ".txt").map((extension) -> {
			Path file = pick(this.files.stream().filter((path) -> !path.getParent().equals(this.data)).toList());
			Path renamed = file.resolveSibling(file.getFileName().toString().replaceFirst("\\.yaml$", extension));
			return change(display(file) + " renamed to " + renamed.getFileName(), true, () -> Files.move(file, renamed),
					() -> Files.move(renamed, file));
		}).toList();
	}

	private Case change(String what, boolean mustReject, IoAction apply, IoAction restore) {
		return new Case(what, mustReject) {

			@Override
			Path apply() throws IOException {
				apply.run();
				return this.loading;
			}

			@Override
			void restore() throws IOException {
				restore.run();
			}

		}.loading(this.data);
	}

	/**
	 * One case: a change to the data, and how to put it back.
	 */
	abstract static class Case {

		String what;

		final boolean mustReject;

		Path loading;

		Case(String what, boolean mustReject) {
			this.what = what;
			this.mustReject = mustReject;
		}

		Case loading(Path directory) {
			this.loading = directory;
			return this;
		}

		/**
		 * Break the data.
		 * @return the data directory to load
		 */
		abstract Path apply() throws IOException;

		void restore() throws IOException {
		}

	}

	/**
	 * A kind of breakage and its cases.
	 *
	 * @param name the kind, as the summary shows it
	 * @param cases its cases
	 * @param skipped why the kind cannot run here, or {@code null}
	 */
	record Kind(String name, List<Case> cases, String skipped) {

		Kind(String name, List<Case> cases) {
			this(name, cases, null);
		}

	}

	@FunctionalInterface
	interface IoAction {

		void run() throws IOException;

	}

	@FunctionalInterface
	interface IoSupplier<T> {

		T get() throws IOException;

	}

}
