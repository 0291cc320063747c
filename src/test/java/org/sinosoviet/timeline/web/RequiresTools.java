package org.sinosoviet.timeline.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The outside tools a test class needs. If one is missing the class is skipped with the
 * reason, except in CI (the {@code CI} environment variable is set), where it fails.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(RequiredToolsCondition.class)
@interface RequiresTools {

	Tool[] value();

	/**
	 * A tool and the files that make it.
	 */
	enum Tool {

		CHROMIUM("Debian's Chromium and ChromeDriver (apt-get install chromium chromium-driver)", "/usr/bin/chromium",
				"/usr/bin/chromedriver"),

		AXE("axe-core from npm, which the build installs into target/npm (./mvnw verify installs it before the integration tests)",
				"target/npm/node_modules/axe-core/axe.min.js"),

		VNU("the vnu HTML validator from npm vnu-jar, which the build installs into target/npm "
				+ "(./mvnw verify installs it before the integration tests)",
				"target/npm/node_modules/vnu-jar/build/dist/vnu.jar");

		private final String description;

		private final List<Path> files;

		Tool(String description, String... files) {
			this.description = description;
			this.files = Arrays.stream(files).map(Path::of).toList();
		}

		String description() {
			return this.description;
		}

		List<Path> files() {
			return this.files;
		}

		/** The tool's main file: the browser, the script or the jar. */
		Path path() {
			return this.files.get(0);
		}

	}

}
