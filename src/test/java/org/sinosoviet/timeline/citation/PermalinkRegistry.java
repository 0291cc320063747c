package org.sinosoviet.timeline.citation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The registry of published event ids ({@code data/permalinks.txt}) and the check that
 * every id in it still resolves: 200 for a live id, 301 to a live id for an alias.
 */
final class PermalinkRegistry {

	static final Path FILE = Path.of("data/permalinks.txt");

	private PermalinkRegistry() {
	}

	/**
	 * An HTTP answer, without following redirects.
	 *
	 * @param status the status code
	 * @param location the Location header, or {@code null}
	 */
	record Answer(int status, String location) {

	}

	/** The ids in a registry file: one a line; blank lines and # comments skipped. */
	static List<String> ids(Path file) {
		try {
			return Files.readAllLines(file)
				.stream()
				.map(String::strip)
				.filter((line) -> !line.isEmpty() && !line.startsWith("#"))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Every registered id that no longer resolves, with what it answered and how to fix
	 * it.
	 * @param ids the registered ids
	 * @param get answers a GET of a path
	 * @return one line per problem; empty when every id resolves
	 */
	static List<String> problems(List<String> ids, Function<String, Answer> get) {
		List<String> problems = new ArrayList<>();
		for (String id : ids) {
			String path = "/events/" + id;
			Answer answer = get.apply(path);
			if (answer.status() == 200) {
				continue;
			}
			if (answer.status() == 301 && answer.location() != null) {
				String target = URI.create(answer.location()).getPath();
				Answer live = get.apply(target);
				if (target.startsWith("/events/") && live.status() == 200) {
					continue;
				}
				problems.add(id + ": redirects to " + target + ", which answers " + live.status()
						+ "; an alias must lead to a live event");
				continue;
			}
			problems.add(id + ": " + path + " answers " + answer.status() + "; a published id must keep resolving: "
					+ "restore the record, or list '" + id + "' under aliases: of the event that replaced it");
		}
		return problems;
	}

}
