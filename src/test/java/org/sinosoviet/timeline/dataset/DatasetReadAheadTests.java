package org.sinosoviet.timeline.dataset;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.sinosoviet.timeline.TimelineApplication;
import org.sinosoviet.timeline.dataset.DatasetLoader.Read;
import org.sinosoviet.timeline.dataset.DatasetLoader.Reading;
import org.springframework.boot.bootstrap.DefaultBootstrapContext;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The read that starts before the application context does.
 */
class DatasetReadAheadTests {

	private static final String[] ARGS = {};

	@Test
	void theAppAsItselfReadsItsDataDirectoryBeforeTheContextAndHandsTheReadToIt() {
		Path valid = DatasetFixtures.valid();
		GenericApplicationContext context = prepare(TimelineApplication.class, valid);

		Reading reading = (Reading) context.getBeanFactory().getSingleton(DatasetReadAhead.BEAN_NAME);
		assertThat(reading).isNotNull();
		assertThat(reading.directory()).isEqualTo(valid);
		Read read = reading.read().join();
		assertThat(read.checked().problems()).isEmpty();
		assertThat(read.checked().dataset().events()).hasSameSizeAs(DatasetLoader.check(valid).dataset().events())
			.isNotEmpty();
	}

	@Test
	void anyOtherApplicationClassReadsNothingAhead() {
		GenericApplicationContext context = prepare(DatasetReadAheadTests.class, DatasetFixtures.valid());

		assertThat(context.getBeanFactory().containsSingleton(DatasetReadAhead.BEAN_NAME)).isFalse();
	}

	@Test
	void theBuildsAheadOfTimeProcessingReadsNothingAhead() {
		System.setProperty("spring.aot.processing", "true");
		try {
			GenericApplicationContext context = prepare(TimelineApplication.class, DatasetFixtures.valid());

			assertThat(context.getBeanFactory().containsSingleton(DatasetReadAhead.BEAN_NAME)).isFalse();
		}
		finally {
			System.clearProperty("spring.aot.processing");
		}
	}

	private static GenericApplicationContext prepare(Class<?> main, Path data) {
		SpringApplication application = new SpringApplication(TimelineApplication.class);
		application.setMainApplicationClass(main);
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources()
			.addFirst(new MapPropertySource("test", Map.of("timeline.data-dir", data.toString())));
		GenericApplicationContext context = new GenericApplicationContext();
		DatasetReadAhead listener = new DatasetReadAhead();
		listener.onApplicationEvent(
				new ApplicationEnvironmentPreparedEvent(new DefaultBootstrapContext(), application, ARGS, environment));
		listener.onApplicationEvent(new ApplicationPreparedEvent(application, ARGS, context));
		return context;
	}

}
