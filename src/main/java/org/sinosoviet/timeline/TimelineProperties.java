package org.sinosoviet.timeline;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The application's settings, under {@code timeline.*}.
 *
 * @param dataDir the directory holding the curated YAML, {@code data} by default
 * @param responseCacheBytes memory for rendered responses; 0 turns the cache off
 * @param baseUrl the site's public address, such as {@code https://example.org}, for
 * permalinks and canonical links; by default, the address each request was made to
 */
@ConfigurationProperties("timeline")
public record TimelineProperties(@DefaultValue("data") String dataDir,
		@DefaultValue("16777216") long responseCacheBytes, String baseUrl) {

}
