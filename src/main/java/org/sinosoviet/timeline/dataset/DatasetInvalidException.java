package org.sinosoviet.timeline.dataset;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown at start-up when the data has problems. It carries every problem found, so that
 * curators can fix them all in one pass.
 */
class DatasetInvalidException extends RuntimeException {

	private final List<Problem> problems;

	DatasetInvalidException(List<Problem> problems) {
		// Short, because Spring logs the message as the refresh is cancelled; the failure
		// analysis prints the full list once.
		super(count(problems) + " in the data; the list follows.");
		this.problems = List.copyOf(problems);
	}

	List<Problem> problems() {
		return this.problems;
	}

	static String report(List<Problem> problems) {
		String lines = problems.stream()
			.sorted(Comparator.comparing(Problem::file).thenComparingInt(Problem::line))
			.map(Problem::toString)
			.collect(Collectors.joining("\n"));
		return lines + "\n" + count(problems) + " in the data.";
	}

	private static String count(List<Problem> problems) {
		return problems.size() + ((problems.size() == 1) ? " problem" : " problems");
	}

}
