package org.sinosoviet.timeline;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The application's settings, under {@code timeline.*}.
 *
 * @param dataDir the directory holding the curated YAML, {@code data} by default
 * @param responseCacheBytes memory for rendered responses; 0 turns the cache off
 * @param baseUrl the site's public address, such as {@code https://example.org}, for
 * permalinks and canonical links; by default, the address each request was made to
 * @param concurrentRenders how many responses may be computed at once (the cache serves
 * the others without limit); 4 by default, twice the cores of a small machine
 * @param renderWait how long a request waits for its turn to be computed before a 503
 * @param responseCacheRepeatsOnly keep a rendered response only when its address is asked
 * for a second time (true by default), so that addresses asked for once do not push out
 * the pages everyone reads
 */
@ConfigurationProperties("timeline")
public record TimelineProperties(@DefaultValue("data") String dataDir,
		@DefaultValue("16777216") long responseCacheBytes, String baseUrl, @DefaultValue("4") int concurrentRenders,
		@DefaultValue("10s") Duration renderWait, @DefaultValue("true") boolean responseCacheRepeatsOnly) {

}
