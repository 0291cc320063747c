package org.sinosoviet.timeline.web;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page type of {@link Site#pageTypes()} carries the Open Graph and Twitter card
 * tags that a shared link is shown with: og:title is the page's title without the site's
 * name, og:url its canonical address, og:description its meta description. Values are
 * compared unescaped, so a title escaped twice (Khrushchev&amp;#39;s) fails too.
 */
@RunningAppTest
class OpenGraphIntegrationTests {

	private static final Pattern META = Pattern
		.compile("<meta (?:property|name)=\"((?:og|twitter):[a-z_]+)\" content=\"([^\"]*)\">");

	private static final Pattern DESCRIPTION = Pattern.compile("<meta name=\"description\" content=\"([^\"]*)\">");

	private static final Pattern CANONICAL = Pattern.compile("<link rel=\"canonical\" href=\"([^\"]*)\">");

	private static final Pattern TITLE = Pattern.compile("<title>([^<]*)</title>");

	@LocalServerPort
	int port;

	Site site;

	@BeforeAll
	void site() {
		this.site = new Site(this.port);
	}

	@Test
	void everyPageTypeCarriesOpenGraphAndTwitterCardTags() {
		List<String> problems = new ArrayList<>();
		for (Site.Page page : this.site.pageTypes()) {
			HttpResponse<String> response = this.site.get(page.path(), "text/html");
			assertThat(response.statusCode()).as(page.path()).isEqualTo(page.status());
			String head = response.body().substring(0, response.body().indexOf("</head>"));
			Map<String, String> tags = tags(head);
			String title = HtmlUtils.htmlUnescape(first(TITLE, head));
			String expectedTitle = title.endsWith(" · Sino-Soviet Timeline")
					? title.substring(0, title.length() - " · Sino-Soviet Timeline".length()) : title;
			expect(problems, page, tags, "og:title", expectedTitle);
			if (page.path().startsWith("/sources/")) {
				// A source's page describes the source: its DC.type must win in Zotero.
				assertThat(tags).as("og:type of " + page.path()).doesNotContainKey("og:type");
			}
			else {
				expect(problems, page, tags, "og:type", "website");
			}
			expect(problems, page, tags, "og:site_name", "Sino-Soviet Timeline");
			expect(problems, page, tags, "og:description", HtmlUtils.htmlUnescape(first(DESCRIPTION, head)));
			expect(problems, page, tags, "twitter:card", "summary");
			if (page.status() == 200) {
				String canonical = first(CANONICAL, head);
				assertThat(canonical).as("canonical link of " + page.path()).startsWith(this.site.url("/"));
				expect(problems, page, tags, "og:url", HtmlUtils.htmlUnescape(canonical));
			}
			else {
				assertThat(tags).as("an error page has no address to share").doesNotContainKey("og:url");
			}
			assertThat(tags.get("og:title")).as("og:title of " + page.path()).isNotBlank();
		}
		assertThat(problems).as("Open Graph and Twitter tags that do not match the page").isEmpty();
	}

	private static void expect(List<String> problems, Site.Page page, Map<String, String> tags, String name,
			String expected) {
		if (!expected.equals(tags.get(name))) {
			problems.add(
					page.type() + " " + page.path() + ": " + name + " is " + tags.get(name) + ", expected " + expected);
		}
	}

	private static Map<String, String> tags(String head) {
		Map<String, String> tags = new LinkedHashMap<>();
		Matcher meta = META.matcher(head);
		while (meta.find()) {
			tags.put(meta.group(1), HtmlUtils.htmlUnescape(meta.group(2)));
		}
		return tags;
	}

	private static String first(Pattern pattern, String head) {
		Matcher matcher = pattern.matcher(head);
		assertThat(matcher.find()).as(pattern.pattern()).isTrue();
		return matcher.group(1);
	}

}
