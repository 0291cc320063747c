package org.sinosoviet.timeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Running the app and checking the data need Java alone: nothing in the build that runs
 * npm, and no test that needs npm or Chromium, is reached before the integration-test
 * phases, which only {@code ./mvnw verify} runs ({@code spring-boot:run} runs up to
 * test-compile, {@code ./mvnw test} up to test).
 */
class BuildTests {

	/** A class annotated to need a full context or outside tools. */
	static final Pattern CLASS_ANNOTATIONS = Pattern.compile("^@(RequiresTools|RunningAppTest|SpringBootTest)\\b",
			Pattern.MULTILINE);

	static final Set<String> VERIFY_ONLY_PHASES = Set.of("pre-integration-test", "integration-test",
			"post-integration-test", "verify");

	@Test
	void npmRunsOnlyForTheIntegrationTests() throws Exception {
		Document pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Path.of("pom.xml").toFile());
		List<String> npmExecutions = new ArrayList<>();
		NodeList executions = pom.getElementsByTagName("execution");
		for (int i = 0; i < executions.getLength(); i++) {
			Element execution = (Element) executions.item(i);
			String configuration = text(execution, "configuration");
			if (configuration.contains("npm") || text(execution, "id").contains("npm")) {
				npmExecutions.add(text(execution, "id") + " in phase " + text(execution, "phase"));
				assertThat(VERIFY_ONLY_PHASES).as("the phase of execution '%s'", text(execution, "id"))
					.contains(text(execution, "phase"));
			}
		}
		assertThat(npmExecutions).as("the build installs the npm tools somewhere").isNotEmpty();
	}

	@Test
	void testsThatNeedOutsideToolsRunUnderFailsafeOnly() throws IOException {
		String pom = Files.readString(Path.of("pom.xml"));
		assertThat(pom).contains("<exclude>**/*IntegrationTests.java</exclude>")
			.contains("<include>**/*IntegrationTests.java</include>");
		try (Stream<Path> sources = Files.walk(Path.of("src/test/java"))) {
			List<String> misnamed = sources.filter((path) -> path.toString().endsWith(".java")).filter((path) -> {
				boolean needsTools = CLASS_ANNOTATIONS.matcher(read(path)).find();
				String name = path.getFileName().toString();
				boolean annotationItself = name.equals("RequiresTools.java") || name.equals("RunningAppTest.java");
				return needsTools && !annotationItself && !name.endsWith("IntegrationTests.java");
			}).map(Path::toString).toList();
			assertThat(misnamed).as("full-context or tool-needing tests not named *IntegrationTests").isEmpty();
		}
	}

	private static String read(Path path) {
		try {
			return Files.readString(path);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String text(Element parent, String tag) {
		for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element element && element.getTagName().equals(tag)) {
				return element.getTextContent().strip();
			}
		}
		return "";
	}

}
