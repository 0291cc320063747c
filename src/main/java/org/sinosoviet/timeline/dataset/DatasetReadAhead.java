package org.sinosoviet.timeline.dataset;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;

import org.sinosoviet.timeline.TimelineApplication;
import org.sinosoviet.timeline.TimelineProperties;
import org.sinosoviet.timeline.dataset.DatasetLoader.Reading;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.boot.context.event.SpringApplicationEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationListener;
import org.springframework.context.aot.AbstractAotProcessor;

/**
 * Starts reading the data directory as soon as the app knows where it is, before the
 * application context exists, and hands the read under way to {@link DatasetLoader} as a
 * bean. Otherwise the read would start only when the loader is made, after the web server
 * and many other beans: in the ahead-of-time build JFR showed it starting only once
 * Hibernate had built the persistence unit, so the two ran one after the other instead of
 * side by side ({@code src/bench/startup.sh}).
 * <p>
 * Only when the app runs as itself ({@code java -jar}, {@code spring-boot:run} and its
 * restarts): a test's context, slices among them, reads its own data only if it has a
 * loader.
 */
class DatasetReadAhead implements ApplicationListener<SpringApplicationEvent> {

	static final String BEAN_NAME = "datasetReadAhead";

	private @Nullable Reading reading;

	@Override
	public void onApplicationEvent(SpringApplicationEvent event) {
		if (!runsAsItself(event.getSpringApplication())) {
			return;
		}
		if (event instanceof ApplicationEnvironmentPreparedEvent prepared) {
			TimelineProperties properties = Binder.get(prepared.getEnvironment())
				.bindOrCreate("timeline", TimelineProperties.class);
			this.reading = DatasetLoader.start(Path.of(properties.dataDir()));
		}
		else if (event instanceof ApplicationPreparedEvent prepared && this.reading != null) {
			prepared.getApplicationContext().getBeanFactory().registerSingleton(BEAN_NAME, this.reading);
			this.reading = null;
		}
	}

	private static boolean runsAsItself(SpringApplication application) {
		// The build's ahead-of-time processing runs the main class too, but makes no
		// beans: a read there would be thrown away.
		return application.getMainApplicationClass() == TimelineApplication.class
				&& !Boolean.getBoolean(AbstractAotProcessor.AOT_PROCESSING);
	}

}
