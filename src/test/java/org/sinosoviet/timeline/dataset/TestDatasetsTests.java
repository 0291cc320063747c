package org.sinosoviet.timeline.dataset;

import java.nio.file.Path;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;

/**
 * The fixture loader of the JPA tests refuses a fixture with problems, listing them,
 * before it touches the database.
 */
class TestDatasetsTests {

	@TempDir
	Path temp;

	@Test
	void refusesAFixtureWithProblemsListingThemAndStoringNothing() {
		Path directory = DatasetFixtures.withRule("unknown-theme", this.temp);
		EntityManager entityManager = mock(EntityManager.class);
		assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> TestDatasets.load(entityManager, directory))
			.withMessageStartingWith("1 problem(s) in fixture " + directory)
			.withMessageContaining("events/1950/1950-02-14-treaty.yaml:5:10: themes[0]: unknown theme 'aliance'");
		verifyNoInteractions(entityManager);
	}

}
