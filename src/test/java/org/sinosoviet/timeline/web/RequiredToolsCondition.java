package org.sinosoviet.timeline.web;

import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;

import org.springframework.core.annotation.AnnotatedElementUtils;

/**
 * Skips a test class whose {@link RequiresTools tools} are missing, or fails it when the
 * {@code CI} environment variable is set: CI must install them.
 */
class RequiredToolsCondition implements ExecutionCondition {

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		RequiresTools required = context.getTestClass()
			.map((type) -> AnnotatedElementUtils.findMergedAnnotation(type, RequiresTools.class))
			.orElse(null);
		if (required == null) {
			return ConditionEvaluationResult.enabled("no tools required");
		}
		List<String> missing = Arrays.stream(required.value())
			.filter((tool) -> !tool.files().stream().allMatch(Files::isRegularFile))
			.map((tool) -> tool.description() + ": missing "
					+ tool.files().stream().filter((file) -> !Files.isRegularFile(file)).toList())
			.toList();
		if (missing.isEmpty()) {
			return ConditionEvaluationResult.enabled("tools installed");
		}
		String message = "needs " + String.join("; and ", missing);
		if (System.getenv("CI") != null) {
			throw new ExtensionConfigurationException(message + " (CI is set, so a missing tool fails the build)");
		}
		return ConditionEvaluationResult.disabled(message + " (skipped; in CI this fails)");
	}

}
