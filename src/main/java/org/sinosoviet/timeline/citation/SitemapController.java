package org.sinosoviet.timeline.citation;

import java.util.ArrayList;
import java.util.List;

import org.sinosoviet.timeline.event.EventService;
import org.sinosoviet.timeline.event.EventSummary;
import org.sinosoviet.timeline.event.TimelineFilter;
import org.sinosoviet.timeline.source.SourceService;
import org.sinosoviet.timeline.source.SourceView;
import org.sinosoviet.timeline.taxonomy.NamedView;
import org.sinosoviet.timeline.taxonomy.PeriodView;
import org.sinosoviet.timeline.taxonomy.TaxonomyService;
import org.sinosoviet.timeline.taxonomy.ThemeView;
import org.sinosoviet.timeline.web.SiteUrls;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * What search engines and archivers ask a permalink site for: {@code /sitemap.xml} with
 * every permalink and record page, and {@code /robots.txt} pointing at it.
 */
@RestController
class SitemapController {

	private static final MediaType XML = MediaType.parseMediaType("application/xml;charset=UTF-8");

	private static final MediaType TEXT = MediaType.parseMediaType("text/plain;charset=UTF-8");

	private final EventService events;

	private final SourceService sources;

	private final TaxonomyService taxonomy;

	private final SiteUrls urls;

	SitemapController(EventService events, SourceService sources, TaxonomyService taxonomy, SiteUrls urls) {
		this.events = events;
		this.sources = sources;
		this.taxonomy = taxonomy;
		this.urls = urls;
	}

	@GetMapping("/sitemap.xml")
	ResponseEntity<String> sitemap() {
		List<String> paths = new ArrayList<>(List.of("/", "/sources", "/disputes", "/about"));
		this.events.timeline(TimelineFilter.all()).stream().map(EventSummary::permalink).forEach(paths::add);
		this.sources.sources().stream().map(SourceView::id).forEach((id) -> paths.add("/sources/" + id));
		this.taxonomy.schemes()
			.forEach((scheme) -> scheme.periods()
				.stream()
				.map(PeriodView::id)
				.forEach((id) -> paths.add("/periods/" + id)));
		this.taxonomy.themes().stream().map(ThemeView::id).forEach((id) -> paths.add("/themes/" + id));
		this.taxonomy.actors().stream().map(NamedView::id).forEach((id) -> paths.add("/actors/" + id));
		this.taxonomy.places().stream().map(NamedView::id).forEach((id) -> paths.add("/places/" + id));
		StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
			.append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
		for (String path : paths) {
			xml.append("  <url><loc>").append(HtmlUtils.htmlEscape(this.urls.absolute(path))).append("</loc></url>\n");
		}
		return ResponseEntity.ok().contentType(XML).body(xml.append("</urlset>\n").toString());
	}

	@GetMapping("/robots.txt")
	ResponseEntity<String> robots() {
		// Every page is public; filtered views are endless combinations of the same
		// events, so crawlers are pointed at the permalinks instead.
		String body = "User-agent: *\nDisallow: /*?\nAllow: /\n\nSitemap: " + this.urls.absolute("/sitemap.xml") + "\n";
		return ResponseEntity.ok().contentType(TEXT).body(body);
	}

}
