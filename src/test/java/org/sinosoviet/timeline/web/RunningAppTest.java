package org.sinosoviet.timeline.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.TestInstance;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * The real app on a random port, shared by the browser, accessibility and HTML checks
 * (one annotation, so one cached Spring context for all of them).
 * <p>
 * The data is the curated {@code data/} folder, so that the checks cover the real pages.
 * To run them on the small fixture instead, set
 * {@code -Dtimeline.test.data-dir=src/test/resources/dataset/valid} (or change
 * {@link #DATA_DIR}). The tests take every page id from the app itself, so they work on
 * either dataset.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "timeline.data-dir=${timeline.test.data-dir:" + RunningAppTest.DATA_DIR + "}")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@interface RunningAppTest {

	/**
	 * The dataset the page tests run on, unless {@code timeline.test.data-dir} is set.
	 */
	String DATA_DIR = "data";

}
