package org.sinosoviet.timeline.web;

import org.sinosoviet.timeline.TimelineProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/**
 * What every {@code @WebMvcTest} slice needs besides its controller: the slice always
 * picks up {@link PageModelAdvice}, which needs {@link SiteUrls}, which needs the
 * settings. With no {@code timeline.base-url}, addresses come from the request
 * ({@code http://localhost}). The filters of {@link WebConfiguration} stay out of the
 * slices; the full-context tests cover them.
 */
@TestConfiguration(proxyBeanMethods = false)
@EnableConfigurationProperties(TimelineProperties.class)
@Import(SiteUrls.class)
public class WebSliceConfiguration {

}
