package org.sinosoviet.timeline.dataset;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns invalid data into a readable list of problems, instead of a stack trace, when the
 * app refuses to start.
 */
class DatasetFailureAnalyzer extends AbstractFailureAnalyzer<DatasetInvalidException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, DatasetInvalidException cause) {
		return new FailureAnalysis(
				"The data has problems, so nothing was loaded:\n\n" + DatasetInvalidException.report(cause.problems()),
				"Fix each problem in the file and line shown, then start again. If the app was already "
						+ "running under ./mvnw spring-boot:run, saving the fix is enough: it restarts by itself. "
						+ "To check the data without starting the app, run ./mvnw test -Dtest=DatasetFilesTests",
				cause);
	}

}
