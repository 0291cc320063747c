package org.sinosoviet.timeline.web;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Generated malformed and hostile values, fed to every parameter of {@code /api/events}
 * and to the id paths and file names of a real server, so that Tomcat, the filters, the
 * controllers and the error handling are all in the way. No answer may be a 5xx, and
 * every 4xx must be an RFC 9457 problem. The values come from a seeded {@link Random}, so
 * a failure can be reproduced.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = ApiHttp.API_PROPERTIES)
class HostileParametersIntegrationTests extends ApiHttpTests {

	static final long SEED = 19690302L;

	static final List<String> PARAMETERS = List.of("period", "theme", "source", "actor", "place", "from", "to", "q",
			"disputed", "sort", "page", "size");

	static final List<String> ID_PATHS = List.of("/api/events/", "/api/sources/", "/events/");

	/** Ids inside a file name: the data package's tables and the citation files. */
	static final List<String> FILE_PATHS = List.of("/export/%s.csv", "/events/%s.bib", "/sources/%s.json");

	static final List<String> VALID_IDS = List.of("split", "other-crisis", "border", "military", "source-c",
			"reference-a", "nikita-khrushchev", "zhenbao-island", "1969-03-02-zhenbao", "1950-treaty", "1958",
			"1958-08", "1958-08-01", "true", "-date", "0", "500");

	static final List<String> SQL = List.of("' OR '1'='1", "\" OR \"\"=\"", "'; DROP TABLE event; --", "%' --",
			"1 UNION SELECT id FROM event", "') OR ('x'='x", "admin'/*", "1;SELECT pg_sleep(1)", "\\'", "%%", "_%_",
			"[%]", "\\%", "\\_", "' || '");

	static final String REGEX = "[](){}.*+?^$|\\";

	static final List<String> TRAVERSAL = List.of("../", "..\\", "../../etc/passwd", "..%2f..%2f", "%2e%2e/", "....//",
			"/etc/passwd", "C:\\Windows\\win.ini", "file:///etc/passwd", "..;/", "./.", "//", "%c0%ae%c0%ae/");

	static final List<String> INJECTION = List.of("${jndi:ldap://127.0.0.1/a}", "#{7*7}", "{{7*7}}", "%s%s%s%n",
			"<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "javascript:alert(1)", "&lt;&#x3C;",
			"{\"a\":1}", "[]", "null", "undefined", "__proto__", "constructor", "\r\nSet-Cookie: x=1",
			"\nLocation: http://evil.example");

	static final List<String> NUMBERS = List.of("2147483647", "2147483648", "-2147483648", "-2147483649",
			"9223372036854775807", "9223372036854775808", "-0", "+1", "1e309", "1E2", "NaN", "Infinity", "-Infinity",
			"0x7fffffff", "0b101", "007", "1_000", "1,000", "1.0", "٣", "１２", "99999", "0000", "0000-00-00",
			"9999-12-31", "-9999", "+1958", "1958-00", "1958-02-29", "1958-08-32", "1958-08-01T00:00Z", "1958-W32",
			"1958-234", "195808", "1958--08", "1958-8-1");

	static final String[] POOLS = { " !\"#$%&'()*+,-./0123456789:;<=>?@AZaz[\\]^_`{|}~",
			"\u0000\u0001\u0007\b\t\n\r\u001b\u007f", "éüßøÆ\u00a0\u00ad", "ХрущёвДаманский", "珍宝岛北京毛泽东",
			"\u0627\u0644\u0639\u0631\u0628\u05e2\u05d1\u202e\u202d", "\u0301\u0308\u20dd",
			"\u200b\u200c\u200d\u2060\ufeff", "\ue000\uf8ff\ufffd\ufffe\uffff", "\u2028\u2029\u3000" };

	@Test
	void generatesEnoughDistinctValues() {
		assertThat(values(new Random(SEED))).hasSizeGreaterThanOrEqualTo(200).doesNotHaveDuplicates();
		assertThat(values(new Random(SEED))).as("reproducible").isEqualTo(values(new Random(SEED)));
	}

	@Test
	void noParameterValueGivesAServerError() {
		List<String> values = values(new Random(SEED));
		List<String> failures = new ArrayList<>();
		int requests = 0;
		for (String value : values) {
			for (String parameter : PARAMETERS) {
				String target = "/api/events?" + parameter + "=" + encode(value);
				check(target, this.http.get(target, "Accept", "application/json"), failures);
				requests++;
			}
		}
		assertThat(requests).isGreaterThanOrEqualTo(200 * PARAMETERS.size());
		assertNoFailures(failures, requests, SEED);
	}

	@Test
	void noCombinationOrRepetitionOfParametersGivesAServerError() {
		Random random = new Random(SEED + 1);
		List<String> values = values(new Random(SEED));
		List<String> failures = new ArrayList<>();
		for (int i = 0; i < 300; i++) {
			StringBuilder query = new StringBuilder();
			int count = 1 + random.nextInt((i % 10 == 0) ? 200 : 8);
			for (int j = 0; j < count; j++) {
				String parameter = PARAMETERS.get(random.nextInt(PARAMETERS.size()));
				String value = random.nextBoolean() ? VALID_IDS.get(random.nextInt(VALID_IDS.size()))
						: values.get(random.nextInt(values.size()));
				if (value.length() > 300) {
					value = value.substring(0, 300);
				}
				query.append((j == 0) ? "" : "&").append(encode(parameter)).append('=').append(encode(value));
			}
			String target = "/api/events?" + query;
			if (target.length() > 7000) {
				target = target.substring(0, target.lastIndexOf('&', 7000));
			}
			check(target, this.http.get(target, "Accept", "application/json"), failures);
		}
		assertNoFailures(failures, 300, SEED + 1);
	}

	@Test
	void noIdGivesAServerError() {
		List<String> failures = new ArrayList<>();
		int requests = 0;
		for (String value : values(new Random(SEED))) {
			if (value.isEmpty()) {
				continue;
			}
			for (String path : ID_PATHS) {
				String target = path + encode(value).replace("+", "%20");
				check(target, this.http.get(target, "Accept", "application/json"), failures);
				requests++;
			}
			for (String path : FILE_PATHS) {
				String target = path.formatted(encode(value).replace("+", "%20"));
				HttpResponse<byte[]> response = this.http.get(target);
				// A valid id gets its file, of its own type; anything else is checked.
				if (response.statusCode() != 200) {
					check(target, response, failures);
				}
				requests++;
			}
		}
		assertNoFailures(failures, requests, SEED);
	}

	/**
	 * The overview's {@code lanes} on every page that draws one: each hostile value is
	 * either one of its values (or blank) and answers the page, or a 400 problem that
	 * names {@code lanes} and its values; browsers get the error page, which says why.
	 */
	@Test
	void everyLanesValueIsThePageOrAProblemNamingLanes() {
		List<String> failures = new ArrayList<>();
		int requests = 0;
		// Every third hostile value: each page request renders a whole page, and the
		// other tests here cover the filters these pages share with the API.
		List<String> all = values(new Random(SEED));
		List<String> values = new ArrayList<>();
		for (int i = 0; i < all.size(); i += 3) {
			values.add(all.get(i));
		}
		values.addAll(List.of("one", "theme", " theme ", "themes", "THEME", "theme,one"));
		for (String value : values) {
			String shown = (value.length() > 300) ? value.substring(0, 300) : value;
			for (String path : LANE_PATHS) {
				String target = path + "?lanes=" + encode(shown);
				HttpResponse<byte[]> response = this.http.get(target, "Accept",
						path.endsWith(".svg") ? "image/svg+xml" : "application/json");
				requests++;
				int status = response.statusCode();
				String body = new String(response.body(), StandardCharsets.UTF_8);
				if (status == 200) {
					if (!shown.strip().isEmpty() && !List.of("one", "theme").contains(shown.strip())) {
						failures.add("accepted: " + status + " GET " + abbreviate(target));
					}
					continue;
				}
				String problem = (status == 400)
						? problemDetailIssue(status, response.headers().firstValue("Content-Type").orElse(""), body)
						: "status " + status;
				if (problem == null) {
					JsonNode node = this.json.readTree(body);
					if (!node.path("parameter").asString("").equals("lanes")
							|| !node.path("validValues").toString().equals("[\"one\",\"theme\"]")) {
						problem = "does not name lanes";
					}
				}
				if (problem != null) {
					failures.add(problem + ": " + status + " GET " + abbreviate(target) + " -> " + abbreviate(body));
				}
			}
		}
		assertThat(requests).isGreaterThanOrEqualTo(80 * LANE_PATHS.size());
		assertNoFailures(failures, requests, SEED);
		HttpResponse<byte[]> page = this.http.get("/?lanes=sideways", "Accept", "text/html");
		assertThat(page.statusCode()).isEqualTo(400);
		assertThat(new String(page.body(), StandardCharsets.UTF_8)).contains("Parameter &#39;lanes&#39; cannot be")
			.contains("theme (one lane per theme)");
	}

	static final List<String> LANE_PATHS = List.of("/", "/overview.svg", "/periods/split", "/themes/border");

	/**
	 * Request targets that no URI class would build: malformed percent-encoding, raw
	 * bytes, encoded slashes and nulls, path parameters. Tomcat answers many of these
	 * itself.
	 */
	@Test
	void noRawRequestTargetGivesAServerError() {
		Random random = new Random(SEED + 2);
		List<String> fragments = List.of("%", "%0", "%zz", "%00", "%2F", "%5C", "%2e%2e", "%C0%AF", "%ED%A0%80", "%FF",
				"%E2%82", "..;", ";jsessionid=1", ";a=b", "|", "{", "}", "^", "`", "\"", "<", ">", "\\", "%25",
				"%u0041", "%%30%30", "?", "#", "//", "/./", "/../");
		List<String> failures = new ArrayList<>();
		int requests = 0;
		for (int i = 0; i < 240; i++) {
			ByteArrayOutputStream value = new ByteArrayOutputStream();
			int parts = 1 + random.nextInt(4);
			for (int j = 0; j < parts; j++) {
				if (random.nextInt(4) == 0) {
					value.write(0x80 + random.nextInt(0x80));
				}
				else {
					value.writeBytes(fragments.get(random.nextInt(fragments.size())).getBytes(StandardCharsets.UTF_8));
				}
			}
			String prefix = switch (i % 5) {
				case 0 -> "/api/events?q=";
				case 1 -> "/api/events?" + PARAMETERS.get(random.nextInt(PARAMETERS.size())) + "=";
				case 2 -> "/api/events/";
				case 3 -> "/api/sources/";
				default -> "/events/";
			};
			ByteArrayOutputStream target = new ByteArrayOutputStream();
			target.writeBytes(prefix.getBytes(StandardCharsets.US_ASCII));
			target.writeBytes(value.toByteArray());
			ApiHttp.Raw response = this.http.raw(target.toByteArray());
			requests++;
			String shown = new String(target.toByteArray(), StandardCharsets.ISO_8859_1);
			if (response.status() < 100 || response.status() >= 500) {
				failures
					.add("server error: " + response.status() + " GET " + shown + " -> " + abbreviate(response.body()));
			}
		}
		ApiHttp.Raw huge = this.http.raw(("/api/events?q=" + "x".repeat(20_000)).getBytes(StandardCharsets.US_ASCII));
		assertThat(huge.status()).as("a request line over the header limit").isBetween(400, 499);
		assertThat(requests).isEqualTo(240);
		assertNoFailures(failures, requests, SEED + 2);
	}

	/**
	 * Fails once with a count by kind of failure and the first examples.
	 */
	private static void assertNoFailures(List<String> failures, int requests, long seed) {
		if (failures.isEmpty()) {
			return;
		}
		Map<String, Long> kinds = failures.stream()
			.collect(Collectors.groupingBy((failure) -> failure.substring(0, failure.indexOf(" GET ")), TreeMap::new,
					Collectors.counting()));
		throw new AssertionError(failures.size() + " of " + requests + " requests failed (seed " + seed + "): " + kinds
				+ "\n" + String.join("\n", failures.subList(0, Math.min(25, failures.size()))));
	}

	private void check(String target, HttpResponse<byte[]> response, List<String> failures) {
		int status = response.statusCode();
		String contentType = response.headers().firstValue("Content-Type").orElse("");
		String body = new String(response.body(), StandardCharsets.UTF_8);
		String problem = null;
		if (status >= 500) {
			problem = "server error";
		}
		else if (status >= 400) {
			problem = problemDetailIssue(status, contentType, body);
		}
		else if (status == 200) {
			if (!contentType.startsWith("application/json")) {
				problem = "200 with " + contentType;
			}
		}
		else if (status != 301) {
			problem = "unexpected status";
		}
		if (problem != null) {
			failures.add(problem + ": " + status + " GET " + abbreviate(target) + " -> " + contentType + " "
					+ abbreviate(body));
		}
	}

	private String problemDetailIssue(int status, String contentType, String body) {
		if (!contentType.startsWith("application/problem+json")) {
			return "not a problem";
		}
		try {
			JsonNode node = this.json.readTree(body);
			if (node.path("status").asInt() != status || node.path("title").asString("").isBlank()
					|| node.path("detail").asString("").isBlank()) {
				return "incomplete problem";
			}
		}
		catch (RuntimeException ex) {
			return "unreadable problem";
		}
		return null;
	}

	/**
	 * At least 200 distinct hostile values, drawn by kind.
	 */
	static List<String> values(Random random) {
		Set<String> values = new LinkedHashSet<>();
		List<Supplier<String>> kinds = List.of(() -> randomText(random, 1 + random.nextInt(40)),
				() -> randomText(random, 150 + random.nextInt(150)), () -> "x".repeat(199 + random.nextInt(3)),
				() -> longText(random), () -> splice(random, SQL.get(random.nextInt(SQL.size()))), () -> regex(random),
				() -> splice(random, TRAVERSAL.get(random.nextInt(TRAVERSAL.size()))),
				() -> splice(random, INJECTION.get(random.nextInt(INJECTION.size()))),
				() -> NUMBERS.get(random.nextInt(NUMBERS.size())), () -> digits(random), () -> mutate(random),
				() -> nulls(random), () -> commas(random));
		values.addAll(List.of("", " ", "\t", "\u00a0", "\u3000", "%00", "\u0000", ",", ",,,", "-", "--", "*", "%", "_",
				"\\", "'", "\""));
		values.addAll(NUMBERS);
		while (values.size() < 260) {
			values.add(kinds.get(random.nextInt(kinds.size())).get());
		}
		return List.copyOf(values);
	}

	private static String randomText(Random random, int length) {
		StringBuilder text = new StringBuilder();
		while (text.length() < length) {
			int pool = random.nextInt(POOLS.length + 1);
			if (pool == POOLS.length) {
				// a code point outside the BMP: emoji, historic scripts, unassigned
				// planes
				text.appendCodePoint(0x10000 + random.nextInt(0x10FFFF - 0x10000));
			}
			else {
				text.append(POOLS[pool].charAt(random.nextInt(POOLS[pool].length())));
			}
		}
		return text.toString();
	}

	private static String longText(Random random) {
		int length = List.of(1_000, 2_000, 2_500).get(random.nextInt(3));
		return randomText(random, 8).repeat(length / 8);
	}

	private static String splice(Random random, String hostile) {
		String prefix = random.nextBoolean() ? VALID_IDS.get(random.nextInt(VALID_IDS.size())) : "";
		String suffix = random.nextBoolean() ? randomText(random, 1 + random.nextInt(4)) : "";
		return prefix + hostile + suffix;
	}

	private static String regex(Random random) {
		StringBuilder text = new StringBuilder();
		for (int i = 0, n = 1 + random.nextInt(12); i < n; i++) {
			text.append(REGEX.charAt(random.nextInt(REGEX.length())));
		}
		return random.nextBoolean() ? text.toString() : "(a+)+" + text + "a".repeat(30) + "!";
	}

	private static String digits(Random random) {
		StringBuilder text = new StringBuilder(random.nextBoolean() ? "-" : "");
		for (int i = 0, n = 1 + random.nextInt(random.nextBoolean() ? 12 : 400); i < n; i++) {
			text.append((char) ('0' + random.nextInt(10)));
		}
		return text.toString();
	}

	private static String mutate(Random random) {
		StringBuilder text = new StringBuilder(VALID_IDS.get(random.nextInt(VALID_IDS.size())));
		int position = random.nextInt(text.length() + 1);
		switch (random.nextInt(4)) {
			case 0 -> text.insert(position, randomText(random, 1));
			case 1 -> text.deleteCharAt(Math.min(position, text.length() - 1));
			case 2 -> text.setCharAt(Math.min(position, text.length() - 1),
					Character.toUpperCase(text.charAt(Math.min(position, text.length() - 1))));
			default -> text.append(text);
		}
		return text.toString();
	}

	private static String nulls(Random random) {
		String id = VALID_IDS.get(random.nextInt(VALID_IDS.size()));
		return switch (random.nextInt(3)) {
			case 0 -> id + "\u0000";
			case 1 -> id + "%00.json";
			default -> "\u0000" + id + "\u0000" + random.nextInt(100);
		};
	}

	private static String commas(Random random) {
		StringBuilder text = new StringBuilder();
		for (int i = 0, n = 2 + random.nextInt(60); i < n; i++) {
			text.append(random.nextInt(3) == 0 ? "" : VALID_IDS.get(random.nextInt(VALID_IDS.size()))).append(',');
		}
		return text.toString();
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static String abbreviate(String text) {
		String flat = text.replaceAll("[\\r\\n]+", " ");
		return (flat.length() > 160) ? flat.substring(0, 160) + "…" : flat;
	}

}
