package org.sinosoviet.timeline.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import org.sinosoviet.timeline.geo.MapFrame;
import org.sinosoviet.timeline.geo.Outlines;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The running app as the page tests see it: plain HTTP, and the ids of real records taken
 * from the app itself (its JSON API and its pages), so that the tests need no ids of one
 * particular dataset.
 */
final class Site {

	private static final Pattern EVENT_LINK = Pattern.compile("href=\"([^\"#?]*/events/[^\"#?]+)\"");

	private final String base;

	private final HttpClient http = HttpClient.newHttpClient();

	private final JsonMapper json = JsonMapper.builder().build();

	Site(int port) {
		this.base = "http://localhost:" + port;
	}

	String url(String path) {
		return this.base + path;
	}

	/** Fetches a page as a browser asks for it. */
	HttpResponse<String> get(String path, String accept) {
		HttpRequest request = HttpRequest.newBuilder(URI.create(url(path))).header("Accept", accept).build();
		try {
			return this.http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	JsonNode api(String path) {
		HttpResponse<String> response = get(path, "application/json");
		assertThat(response.statusCode()).as("GET %s", path).isEqualTo(200);
		return this.json.readTree(response.body());
	}

	/** All events, in the API's (chronological) order. */
	List<JsonNode> events() {
		return list(api("/api/events?size=500").get("content"));
	}

	/** The ids the API answers for these filter parameters, in order. */
	List<String> eventIds(Map<String, String> filter) {
		String query = filter.entrySet()
			.stream()
			.map((e) -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return list(api("/api/events?size=500&" + query).get("content")).stream()
			.map((event) -> event.get("id").asString())
			.toList();
	}

	/** The first event that has a theme: the one the filter tests narrow down to. */
	JsonNode eventWithTheme() {
		return events().stream()
			.filter((event) -> !event.get("themes").isEmpty())
			.findFirst()
			.orElseThrow(() -> new AssertionError("the dataset has no event with a theme"));
	}

	static int year(JsonNode event) {
		return Integer.parseInt(event.get("start").asString().substring(0, 4));
	}

	/**
	 * One address of each page type, with the status it answers: the timeline (in one
	 * band and in lanes by theme), a filtered timeline, an event, a period (in one band
	 * and in lanes), a theme, an actor, a place, the sources, a source, a founding
	 * document's source page with its scorecard, an event with a contradicted statement
	 * of a founding document, the disputes, the about page, the periodizations side by
	 * side, the map of places (whole and filtered), a missing page, and the study pages
	 * ({@link #studyPages()}).
	 */
	List<Page> pageTypes() {
		List<Page> pages = new ArrayList<>();
		pages.add(new Page("timeline", "/", 200));
		JsonNode event = eventWithTheme();
		pages.add(new Page("timeline-lanes", "/?lanes=theme", 200));
		pages.add(new Page("filtered-timeline", "/?theme=" + event.get("themes").get(0).asString() + "&from="
				+ year(event) + "&to=" + (year(event) + 10), 200));
		pages.add(new Page("event", firstEventLink(), 200));
		JsonNode scheme = list(api("/api/periods")).stream()
			.filter((s) -> s.get("isDefault").asBoolean())
			.findFirst()
			.orElseThrow();
		String period = "/periods/" + busiest(list(scheme.get("periods")), "events");
		pages.add(new Page("period", period, 200));
		pages.add(new Page("period-lanes", period + "?lanes=theme", 200));
		pages.add(new Page("theme", "/themes/" + busiest(list(api("/api/themes")), "events"), 200));
		pages.add(new Page("actor", "/actors/" + busiest(list(api("/api/actors")), "events"), 200));
		pages.add(new Page("place", "/places/" + busiest(list(api("/api/places")), "events"), 200));
		pages.add(new Page("outlined-place", "/places/" + outlinedPlace(true), 200));
		pages.add(new Page("world-locator-place", "/places/" + outlinedPlace(false), 200));
		pages.add(new Page("sources", "/sources", 200));
		pages.add(new Page("source", "/sources/" + busiest(list(api("/api/sources")), "claims"), 200));
		pages.add(new Page("founding-source", foundingSourcePage(), 200));
		pages.add(new Page("verdict-event", verdictEventPage(), 200));
		pages.add(new Page("disputes", "/disputes", 200));
		pages.add(new Page("about", "/about", 200));
		pages.add(new Page("periodizations", "/periods", 200));
		pages.add(new Page("places-map", "/places", 200));
		pages.add(new Page("filtered-places-map", "/places?theme=" + event.get("themes").get(0).asString() + "&from="
				+ year(event) + "&to=" + (year(event) + 10), 200));
		pages.add(new Page("not-found", "/events/no-such-event-for-page-checks", 404));
		pages.addAll(studyPages());
		return pages;
	}

	/** The seed of the study sets the page checks walk. */
	static final long STUDY_SEED = 1969;

	/**
	 * The study index, each exercise's question and a right answer to it (from the study
	 * API), and the revision sheet of the busiest period.
	 */
	List<Page> studyPages() {
		List<Page> pages = new ArrayList<>();
		String seed = "?seed=" + STUDY_SEED;
		pages.add(new Page("study", "/study", 200));
		for (String exercise : List.of("order", "when", "spot", "source")) {
			pages.add(new Page("study-" + exercise, "/study/" + exercise + seed, 200));
			pages.add(new Page("study-" + exercise + "-answer", studyAnswer(exercise), 200));
		}
		pages.add(new Page("study-sheet", busiestSheet(), 200));
		return pages;
	}

	/** The page answering the first question of a study set rightly. */
	String studyAnswer(String exercise) {
		JsonNode question = api("/api/study/" + exercise + "?seed=" + STUDY_SEED).get("questions").get(0);
		String answer = switch (exercise) {
			case "order" -> list(question.get("answer")).stream()
				.map((item) -> "order=" + item.get("id").asString())
				.collect(Collectors.joining("&"));
			case "when" ->
				"year=" + question.get("start").asString().substring(0, 4) + (question.get("asksMonth").asBoolean()
						? "&month=" + Integer.parseInt(question.get("start").asString().substring(5, 7)) : "");
			case "spot" -> question.get("versions").isEmpty()
					? "judgement=" + (question.get("verdict").asString().equals("corroborated") ? "right" : "wrong")
					: "version=" + question.get("rightVersions").get(0).asString();
			default -> "pick=" + question.get("answer").asString();
		};
		return "/study/" + exercise + "/answer?seed=" + STUDY_SEED + "&" + answer;
	}

	/** The revision sheet of the default period with the most events. */
	String busiestSheet() {
		JsonNode scheme = list(api("/api/periods")).stream()
			.filter((s) -> s.get("isDefault").asBoolean())
			.findFirst()
			.orElseThrow();
		return "/study/sheets/" + busiest(list(scheme.get("periods")), "events");
	}

	/** The page of the founding document with the most claims. */
	String foundingSourcePage() {
		return "/sources/" + busiest(
				list(api("/api/sources")).stream().filter((source) -> source.get("founding").asBoolean()).toList(),
				"claims");
	}

	/**
	 * The page of the first event with a contradicted statement of a founding document.
	 */
	String verdictEventPage() {
		JsonNode claims = api("/api/claims?verdict=contradicted&size=1").get("content");
		assertThat(claims.size()).as("the dataset has a contradicted statement").isEqualTo(1);
		return "/events/" + claims.get(0).get("event").asString();
	}

	/** The path of the first event link on the timeline page. */
	String firstEventLink() {
		HttpResponse<String> home = get("/", "text/html");
		Matcher link = EVENT_LINK.matcher(home.body());
		assertThat(link.find()).as("the timeline page links to an event").isTrue();
		return URI.create(link.group(1)).getPath();
	}

	/**
	 * A place drawn as a shape on the map of Asia, or one whose shape lies beyond it (its
	 * page has the world map).
	 */
	String outlinedPlace(boolean inAsia) {
		return list(api("/api/places")).stream()
			.filter((place) -> !place.get("outline").isEmpty() && outlineInAsia(place) == inAsia)
			.findFirst()
			.orElseThrow(() -> new AssertionError("no outlined place " + (inAsia ? "in" : "beyond") + " Asia"))
			.get("id")
			.asString();
	}

	/** Whether a place's outline (from /api/places) has its middle on the map of Asia. */
	static boolean outlineInAsia(JsonNode place) {
		List<String> features = list(place.get("outline")).stream().map(JsonNode::asString).toList();
		List<double[][]> rings = Outlines.shipped()
			.rings(place.get("outlineSource").get(0).get("source").asString(), features);
		double[] box = { 180, 90, -180, -90 };
		for (double[][] ring : rings) {
			for (double[] point : ring) {
				box[0] = Math.min(box[0], point[0]);
				box[1] = Math.min(box[1], point[1]);
				box[2] = Math.max(box[2], point[0]);
				box[3] = Math.max(box[3], point[1]);
			}
		}
		return MapFrame.ASIA.inFrame((box[1] + box[3]) / 2, (box[0] + box[2]) / 2);
	}

	private static String busiest(List<JsonNode> records, String count) {
		return records.stream()
			.max(Comparator.comparingInt((JsonNode record) -> record.get(count).asInt()))
			.orElseThrow(() -> new AssertionError("the dataset has no records for a page type"))
			.get("id")
			.asString();
	}

	private static List<JsonNode> list(JsonNode array) {
		return StreamSupport.stream(array.spliterator(), false).toList();
	}

	/**
	 * One page to check.
	 *
	 * @param type the page type, also the name of its saved HTML file
	 * @param path its address
	 * @param status the status it answers
	 */
	record Page(String type, String path, int status) {

	}

}
