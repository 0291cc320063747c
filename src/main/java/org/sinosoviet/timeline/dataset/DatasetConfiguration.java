package org.sinosoviet.timeline.dataset;

import org.springframework.boot.jpa.autoconfigure.EntityManagerFactoryBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;

/**
 * Start-up in parallel: Hibernate builds the persistence unit on a thread of its own
 * while the rest of the context starts and {@link DatasetLoader} reads the files on
 * another; the loader's store is the first to wait for it. (Boot's
 * {@code spring.jpa.bootstrap=async} does the same but needs a task executor that test
 * slices lack.)
 */
@Configuration(proxyBeanMethods = false)
class DatasetConfiguration {

	@Bean
	EntityManagerFactoryBuilderCustomizer backgroundPersistenceUnit() {
		return (builder) -> builder.setBootstrapExecutor(new SimpleAsyncTaskExecutor("persistence-unit-"));
	}

}
