package org.sinosoviet.timeline.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Function;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile HTTP beyond parameters, over raw sockets to a real server: huge, malformed,
 * control-character, non-ASCII, repeated and injected headers of every kind a proxy or a
 * client sends ({@code Accept}, {@code Host}, {@code Range}, {@code X-Forwarded-*} ...),
 * every method, old and bogus protocol versions, pipelined requests, very long paths and
 * queries, and slow clients. No answer may be a 5xx or show a stack trace, input must
 * never come back raw in a header or unescaped in a page, and API errors are problems.
 * The variations come from a seeded {@link Random}, so a failure can be reproduced. Each
 * test prints its counts; {@link #printTotals()} the class's.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = ApiHttp.API_PROPERTIES)
class HostileHeadersIntegrationTests extends ApiHttpTests {

	static final long SEED = 19690311L;

	/** Marks input, so that an echo of it can be found. */
	static final String TOKEN = "hostile7q";

	/** Tomcat's limit for the request line and headers together. */
	static final int HEADER_LIMIT = 8192;

	static final String ZHENBAO = "/events/1969-03-02-zhenbao";

	static final List<String> URLS = List.of("/", ZHENBAO, "/events/1969-island-clash", "/events/no-such-event",
			"/api/events", "/api/events/1969-03-02-zhenbao", "/api/events/no-such-event", "/api/events?theme=border",
			"/sources", "/css/timeline.css", "/favicon.svg", "/export/events.csv", "/export/sources.bib",
			"/export/key-dates", "/swagger-ui.html", "/v3/api-docs", "/actuator/health/readiness", "/no-such-page");

	static final List<String> HEADERS = List.of("Accept", "Accept-Encoding", "If-None-Match", "Range", "Host",
			"X-Forwarded-For", "X-Forwarded-Host", "X-Forwarded-Proto", "X-Forwarded-Port", "X-Forwarded-Prefix",
			"Forwarded", "Origin", "Cookie", "User-Agent", "Referer");

	static final Map<String, List<String>> MALFORMED = Map.ofEntries(
			Map.entry("Accept",
					List.of("text/html;q=abc", "*/", "/*", ";;;", "text/html;q=2", "application/json;charset=", "a/b/c",
							"\"", ",,,,", "*/*;q=-1", "text/html;q=0, application/json;q=0", "*",
							"application/problem+json", "application/*+json;q=0.5", "image/webp")),
			Map.entry("Accept-Encoding",
					List.of("gzip;q=x", "*;q=0", "identity;q=0, *;q=0", "gzip;q=0", "br, zstd, x-" + TOKEN, ",",
							"gzip,gzip,gzip;q=1.0000000001", "deflate;q=1e9")),
			Map.entry("If-None-Match",
					List.of("\"", "W/", "*,*", "W/\"\"", "\"a\" \"b\"", ",,,", "\"" + "a,".repeat(500) + "\"",
							"*;q=1")),
			Map.entry("Range",
					List.of("bytes=9999999999999999999-", "bytes=-0", "bytes=5-1",
							"bytes=" + "0-0,".repeat(300) + "0-0", "lines=1-2", "bytes=--", "bytes=0-",
							"bytes=-9223372036854775808", "bytes")),
			Map.entry("Host",
					List.of("", "evil.example", "[::1", "a b", "localhost:99999", "localhost:-1", "..", "a..b",
							"localhost:80@evil.example", "xn--", "[::1]:8080", "127.0.0.1:0", "LOCALHOST", "_",
							TOKEN + ".example")),
			Map.entry("X-Forwarded-For", List.of("for=;;", "127.0.0.1, unknown", ",,,", "::1", "999.999.999.999")),
			Map.entry("X-Forwarded-Host",
					List.of("evil.example", TOKEN + ".example", "a b", "[::1", "evil.example:99999", ",")),
			Map.entry("X-Forwarded-Proto", List.of("gopher", "https, http", "", "HTTPS", TOKEN)),
			Map.entry("X-Forwarded-Port", List.of("-1", "99999999999", "abc", "443, 80", "")),
			Map.entry("X-Forwarded-Prefix", List.of("/../x", "//evil.example", "/" + TOKEN, "\\\\", "%2e%2e")),
			Map.entry("Forwarded",
					List.of("for=;;", "host=evil.example;proto=https", "by=\"", "for=\"[::1\"", "proto=gopher")),
			Map.entry("Origin", List.of("null", "http://" + TOKEN + ".example", "*", "file://", "http://")),
			Map.entry("Cookie", List.of("=", ";;;", "JSESSIONID=" + TOKEN, "a=\"", "$Version=1; a=b")),
			Map.entry("User-Agent", List.of("", "()", "() { :; }; echo " + TOKEN, "Mozilla/5.0")),
			Map.entry("Referer", List.of("javascript:alert(1)", "http://" + TOKEN + ".example/", "//", "")));

	static final List<String> INJECTIONS = List.of("\"'><i>" + TOKEN + "</i>", "<script>" + TOKEN + "</script>",
			"${jndi:ldap://127.0.0.1/" + TOKEN + "}", "#{7*7}" + TOKEN, "%0d%0aX-Injected:%20" + TOKEN,
			"%s%s%n" + TOKEN, "../../" + TOKEN);

	static final List<String> METHODS = List.of("GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE",
			"CONNECT", "PROPFIND", "FOO", "get");

	/** Cases tried in this class, by kind, and requests sent. */
	private static final Map<String, Integer> KINDS = new TreeMap<>();

	private static int sent;

	private static int errors;

	@Test
	void noHeaderGivesAServerErrorOrAnEcho() {
		Random random = new Random(SEED);
		List<String> failures = new ArrayList<>();
		Map<String, Integer> kinds = new TreeMap<>();
		for (String header : HEADERS) {
			for (Variation variation : variations(random, header)) {
				String url = URLS.get(random.nextInt(URLS.size()));
				String method = (random.nextInt(5) == 0) ? "HEAD" : "GET";
				List<String> lines = new ArrayList<>(variation.lines());
				if (!header.equals("Host")) {
					lines.add(0, "Host: localhost");
				}
				if (!header.equals("Accept")) {
					lines.add(accept(url));
				}
				Request request = new Request(variation.kind() + " " + header, method, url, "HTTP/1.1", lines, null);
				check(request, send(request), failures);
				kinds.merge(variation.kind(), 1, Integer::sum);
			}
		}
		report("headers", kinds, failures);
	}

	/**
	 * Without {@code server.forward-headers-strategy}, forwarded headers are a client's:
	 * no link, redirect or document may follow them, and none may fail on them
	 * (springdoc's Swagger UI redirect parsed {@code X-Forwarded-Port} itself, and a port
	 * that is not a number gave a 500).
	 */
	@Test
	void forwardedHeadersAreIgnoredUnlessConfigured() {
		List<String> forwarded = List.of("X-Forwarded-Host: evil.example", "X-Forwarded-Proto: https",
				"X-Forwarded-Port: 4443", "X-Forwarded-Port: abc", "X-Forwarded-Prefix: /evil",
				"Forwarded: host=evil.example;proto=https");
		for (String url : List.of("/", ZHENBAO, "/events/1969-island-clash", "/api/events/1969-island-clash",
				"/swagger-ui.html", "/v3/api-docs", "/export/timelinejs.json", "/export/sources.json")) {
			for (String header : forwarded) {
				List<String> lines = List.of("Host: localhost", accept(url), header);
				ApiHttp.Raw response = send(new Request("forwarded", "GET", url, "HTTP/1.1", lines, null));
				String all = response.headers() + response.body();
				assertThat(response.status()).as(url + " " + header).isLessThan(500);
				assertThat(all).as(url + " " + header)
					.doesNotContain("evil")
					.doesNotContain("https://localhost")
					.doesNotContain(":4443");
			}
			// Nor may an answer to them have been cached for everyone else.
			ApiHttp.Raw plain = send(
					new Request("forwarded", "GET", url, "HTTP/1.1", List.of("Host: localhost", accept(url)), null));
			assertThat(plain.headers() + plain.body()).as(url).doesNotContain("evil");
		}
		count("forwarded", 8 * 7);
	}

	@Test
	void headersOverTheLimitAreRefusedWithAProblem() {
		for (String header : List.of("Accept", "If-None-Match", "Range", "X-Forwarded-For")) {
			String line = header + ": " + "a".repeat(HEADER_LIMIT + 100);
			Request request = new Request("huge " + header, "GET", "/api/events", "HTTP/1.1",
					List.of("Host: localhost", line), null);
			ApiHttp.Raw response = send(request);
			assertThat(response.status()).as(header).isEqualTo(400);
			assertThat(response.contentType()).as(header).startsWith("application/problem+json");
		}
		count("huge, refused", 4);
	}

	@Test
	void everyMethodOnEveryUrlIsAnsweredWithoutAServerError() {
		List<String> failures = new ArrayList<>();
		Map<String, Integer> kinds = new TreeMap<>();
		for (String url : URLS) {
			Map<String, Integer> statuses = new TreeMap<>();
			for (String method : METHODS) {
				List<String> lines = new ArrayList<>(List.of("Host: localhost", accept(url), "X-Echo: " + TOKEN));
				String body = null;
				if (List.of("POST", "PUT", "PATCH").contains(method)) {
					body = "{\"" + TOKEN + "\":1}";
					lines.add("Content-Type: application/json");
				}
				if (method.equals("OPTIONS")) {
					lines.add("Origin: http://other.example");
					lines.add("Access-Control-Request-Method: DELETE");
				}
				String target = method.equals("CONNECT") ? "localhost:80" : url;
				Request request = new Request("method " + method, method, target, "HTTP/1.1", lines, body);
				ApiHttp.Raw response = send(request);
				check(request, response, failures);
				statuses.put(method, response.status());
				if (List.of("POST", "PUT", "DELETE", "PATCH", "TRACE", "PROPFIND", "FOO").contains(method)
						&& response.status() < 400) {
					failures.add("write allowed: " + request.what() + " " + url + " -> " + response.status());
				}
				if (response.body().contains(TOKEN)) {
					failures.add("echo of the request: " + request.what() + " " + url + " -> "
							+ abbreviate(response.body()));
				}
				kinds.merge("method", 1, Integer::sum);
			}
			if (!statuses.get("HEAD").equals(statuses.get("GET"))) {
				failures.add("HEAD answers " + statuses.get("HEAD") + " where GET answers " + statuses.get("GET")
						+ ": HEAD " + url);
			}
		}
		report("methods", kinds, failures);
	}

	@Test
	void oldAndBogusProtocolVersionsAreAnsweredWithoutAServerError() {
		List<String> failures = new ArrayList<>();
		Map<String, Integer> kinds = new TreeMap<>();
		for (String url : List.of("/", ZHENBAO, "/api/events", "/api/events/no-such-event", "/css/timeline.css")) {
			List<Request> requests = List.of(
					new Request("HTTP/1.0 without Host", "GET", url, "HTTP/1.0", List.of(accept(url)), null),
					new Request("HTTP/1.0 with Host", "GET", url, "HTTP/1.0", List.of("Host: localhost", accept(url)),
							null),
					new Request("HTTP/1.0 HEAD", "HEAD", url, "HTTP/1.0", List.of(accept(url)), null),
					new Request("HTTP/1.1 without Host", "GET", url, "HTTP/1.1",
							List.of(accept(url), "Connection: close"), null),
					new Request("HTTP/1.1 two Hosts", "GET", url, "HTTP/1.1",
							List.of("Host: localhost", "Host: evil.example", accept(url), "Connection: close"), null),
					new Request("version http/1.1", "GET", url, "http/1.1",
							List.of("Host: localhost", "Connection: close"), null),
					new Request("version HTTP/1.2", "GET", url, "HTTP/1.2",
							List.of("Host: localhost", "Connection: close"), null),
					new Request("version HTTP/1", "GET", url, "HTTP/1", List.of("Host: localhost", "Connection: close"),
							null),
					new Request("version HTTP/1.1.1", "GET", url, "HTTP/1.1.1",
							List.of("Host: localhost", "Connection: close"), null));
			for (Request request : requests) {
				ApiHttp.Raw response = send(request);
				check(request, response, failures);
				if (request.what().contains("without Host") && request.version().equals("HTTP/1.1")
						&& response.status() != 400) {
					failures.add("HTTP/1.1 needs a Host: " + response.status() + " GET " + url);
				}
				kinds.merge("version", 1, Integer::sum);
			}
			// HTTP/0.9: a request line without a version, answered with the bare body.
			byte[] answer = this.http.exchange(("GET " + url + "\r\n").getBytes(StandardCharsets.US_ASCII));
			String text = new String(answer, StandardCharsets.ISO_8859_1);
			if (text.contains("Exception") || text.startsWith("HTTP/1.1 5")) {
				failures.add("HTTP/0.9: GET " + url + " -> " + abbreviate(text));
			}
			kinds.merge("version", 1, Integer::sum);
			sent++;
		}
		report("protocol versions", kinds, failures);
	}

	@Test
	void pipelinedRequestsAreAllAnsweredInOrder() {
		List<String> failures = new ArrayList<>();
		Map<String, Integer> kinds = new TreeMap<>();
		List<String> ids = List.of("1969-03-02-zhenbao", "no-such-event", "1950-02-14-treaty", "1958-radio-station",
				"1969-island-clash", "1960-07-experts-recalled", "nope-" + TOKEN, "1963-07-open-letters",
				"1965-aid-transit", "1956-02-25-secret-speech");
		for (int batch = 0; batch < 4; batch++) {
			StringBuilder requests = new StringBuilder();
			List<String> paths = new ArrayList<>();
			for (int i = 0; i < 20; i++) {
				String id = ids.get((i * 7 + batch * 3) % ids.size());
				String path = (i % 3 == 0) ? "/events/" + id : "/api/events/" + id;
				paths.add(path);
				boolean last = i == 19;
				requests.append("GET ")
					.append(path)
					.append(" HTTP/1.1\r\nHost: localhost\r\nAccept: application/json\r\n")
					.append((batch % 2 == 1) ? "Accept-Encoding: gzip\r\n" : "")
					.append(last ? "Connection: close\r\n" : "")
					.append("\r\n");
			}
			List<ApiHttp.Raw> responses = ApiHttp.Raw
				.parseAll(this.http.exchange(requests.toString().getBytes(StandardCharsets.US_ASCII)));
			sent += paths.size();
			kinds.merge("pipelined", paths.size(), Integer::sum);
			if (responses.size() != paths.size()) {
				failures.add("pipelined: " + paths.size() + " requests, " + responses.size() + " answers");
				continue;
			}
			for (int i = 0; i < paths.size(); i++) {
				String path = paths.get(i);
				ApiHttp.Raw response = responses.get(i);
				boolean known = !path.contains("no-such") && !path.contains("nope");
				int expected = path.contains("island-clash") ? 301 : known ? 200 : 404;
				String id = path.substring(path.lastIndexOf('/') + 1);
				boolean inOrder = response.status() == expected && (expected == 301
						|| response.headers().containsKey("content-encoding") || response.body().contains(id));
				if (!inOrder) {
					failures.add("pipelined out of order: answer " + i + " to GET " + path + " is " + response.status()
							+ " " + abbreviate(response.body()));
				}
			}
		}
		// A broken request in the middle: those before it are answered, then a 400.
		String pipeline = "GET /api/events HTTP/1.1\r\nHost: localhost\r\n\r\n"
				+ "GET /api/events/1950-02-14-treaty HTTP/1.1\r\nHost: localhost\r\n\r\n"
				+ "GET /a b c HTTP/1.1\r\n\r\n"
				+ "GET /api/events HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n";
		List<ApiHttp.Raw> responses = ApiHttp.Raw
			.parseAll(this.http.exchange(pipeline.getBytes(StandardCharsets.US_ASCII)));
		sent += 4;
		kinds.merge("pipelined", 4, Integer::sum);
		assertThat(responses).extracting(ApiHttp.Raw::status).startsWith(200, 200, 400);
		report("pipelining", kinds, failures);
	}

	@Test
	void longPathsAndQueriesAreAnsweredWithoutAServerError() {
		Random random = new Random(SEED + 1);
		List<String> failures = new ArrayList<>();
		Map<String, Integer> kinds = new TreeMap<>();
		List<Function<Integer, String>> shapes = List.of((n) -> "/" + "a".repeat(n), (n) -> "/events/" + "x".repeat(n),
				(n) -> "/api/events/" + "1".repeat(n), (n) -> "/a".repeat(n / 2), (n) -> "/" + "/".repeat(n),
				(n) -> "/events/" + "%2e%2e/".repeat(n / 7), (n) -> "/api/events?q=" + "x".repeat(n),
				(n) -> "/?q=" + "%E7%8F%8D".repeat(n / 9), (n) -> "/api/events?" + "theme=border&".repeat(n / 13),
				(n) -> "/api/events?" + "a&".repeat(n / 2), (n) -> "/export/events.csv?" + "size=1&".repeat(n / 7),
				(n) -> "/sources;" + "a=b;".repeat(n / 4));
		for (Function<Integer, String> shape : shapes) {
			for (int length : List.of(1000, 4000, 7800 + random.nextInt(150), 9000, 20_000)) {
				String target = shape.apply(length);
				boolean over = target.length() > HEADER_LIMIT;
				Request request = new Request("long " + (over ? "over the limit" : "under the limit"), "GET", target,
						"HTTP/1.1", List.of("Host: localhost", accept(target)), null);
				ApiHttp.Raw response = send(request);
				check(request, response, failures);
				if (over && response.status() != 400) {
					failures.add("not refused: " + response.status() + " GET " + abbreviate(target));
				}
				kinds.merge(over ? "long, over the limit" : "long, under the limit", 1, Integer::sum);
			}
		}
		report("long paths and queries", kinds, failures);
	}

	/**
	 * Slow clients that send a byte a second, more of them than the server has threads:
	 * the server serves everyone else as fast as ever meanwhile, and closes each slow
	 * connection once its request has taken longer than the header timeout.
	 */
	@Test
	void slowClientsAreClosedInBoundedTimeWithoutTyingUpTheServer() throws Exception {
		int slow = 250;
		Duration bound = TomcatConfiguration.HEADER_TIMEOUT.plusSeconds(5);
		List<Socket> sockets = new ArrayList<>();
		// The client's first request sets it up; the server's answer is what counts.
		this.http.get("/api/events/1950-02-14-treaty", "Accept", "application/json");
		try {
			byte[] start = "GET /api/events HTTP/1.1\r\nHost: localhost\r\nX-Slow: "
				.getBytes(StandardCharsets.US_ASCII);
			for (int i = 0; i < slow; i++) {
				Socket socket = new Socket("localhost", this.port);
				socket.setSoTimeout(1);
				socket.getOutputStream().write(start);
				sockets.add(socket);
			}
			long began = System.nanoTime();
			List<Long> fast = new ArrayList<>();
			int open = slow;
			while (open > 0 && System.nanoTime() - began < bound.toNanos()) {
				long asked = System.nanoTime();
				assertThat(this.http.get("/api/events/1950-02-14-treaty", "Accept", "application/json").statusCode())
					.isEqualTo(200);
				fast.add((System.nanoTime() - asked) / 1_000_000);
				sent++;
				open = 0;
				for (Socket socket : sockets) {
					if (!socket.isClosed() && !closedByServer(socket)) {
						open++;
					}
				}
				Thread.sleep(Math.max(0, 1000 - (System.nanoTime() - asked) / 1_000_000));
			}
			long took = (System.nanoTime() - began) / 1_000_000;
			sent += slow;
			count("slow client", slow);
			errors += open;
			System.out.printf("Hostile HTTP, slow clients: %d connections sending a byte a second, all closed by "
					+ "the server after %d ms (bound %d ms); %d other requests meanwhile, taking %s ms; errors: %d%n",
					slow, took, bound.toMillis(), fast.size(), fast, open);
			assertThat(open).as("slow connections still open after %s", bound).isZero();
			assertThat(took).as("closed no sooner than the header timeout")
				.isGreaterThanOrEqualTo(TomcatConfiguration.HEADER_TIMEOUT.toMillis() - 1000);
			assertThat(fast).as("other requests, in ms, while the slow clients hang on").allMatch((ms) -> ms < 2000);
		}
		finally {
			for (Socket socket : sockets) {
				socket.close();
			}
		}
	}

	/**
	 * Sends the slow client's next byte, and tells whether the server has closed the
	 * connection (it answers first with a 408 or closes outright).
	 */
	private static boolean closedByServer(Socket socket) {
		try {
			socket.getOutputStream().write('x');
			socket.getOutputStream().flush();
			InputStream in = socket.getInputStream();
			for (int read = in.read(); read >= 0; read = in.read()) {
				// an answer before the close
			}
			return true;
		}
		catch (SocketTimeoutException ex) {
			return false;
		}
		catch (IOException ex) {
			return true;
		}
	}

	@AfterAll
	static void printTotals() {
		int cases = KINDS.values().stream().mapToInt(Integer::intValue).sum();
		System.out.println("Hostile HTTP, in all: " + cases + " cases, by kind " + KINDS + "; " + sent
				+ " requests sent; errors: " + errors);
	}

	/**
	 * Seeded variations of one header, by kind: over and just under the size limit,
	 * malformed, with control characters, non-ASCII, repeated, injected.
	 */
	static List<Variation> variations(Random random, String header) {
		List<Variation> variations = new ArrayList<>();
		// The request line and the other headers take less than 200 bytes.
		variations.add(new Variation("huge, over the limit", List.of(header + ": " + filler(random, HEADER_LIMIT))));
		variations.add(new Variation("huge, just under the limit",
				List.of(header + ": " + filler(random, HEADER_LIMIT - 300 - header.length()))));
		for (String value : MALFORMED.get(header)) {
			variations.add(new Variation("malformed", List.of(header + ": " + value)));
		}
		for (int i = 0; i < 4; i++) {
			char control = "\u0000\u0001\u0007\u000b\u000c\u001b\u007f\r\t".charAt(random.nextInt(9));
			variations.add(new Variation("control characters",
					List.of(header + ": a" + control + TOKEN + control + "b" + (i == 3 ? "\n" : ""))));
		}
		for (String value : List.of("Хрущёв", "珍宝岛", "\u202e" + TOKEN, "\ud83d\udca5", "日本")) {
			variations.add(new Variation("non-ASCII, UTF-8", List.of(header + ": " + value)));
		}
		variations.add(new Variation("non-ASCII, Latin-1 bytes", List.of(header + ": \u00ff\u00e9\u0080\u00a0")));
		for (int repeats : List.of(2, 50, 99, 150)) {
			String value = MALFORMED.get(header).get(random.nextInt(MALFORMED.get(header).size()));
			variations.add(new Variation("repeated", java.util.Collections.nCopies(repeats, header + ": " + value)));
		}
		for (String injection : INJECTIONS) {
			variations.add(new Variation("injection", List.of(header + ": " + injection)));
		}
		variations.add(new Variation("injection",
				List.of(header + ": a", "X-Injected: " + TOKEN, " folded " + TOKEN, "\tfolded")));
		return variations;
	}

	private static String filler(Random random, int length) {
		StringBuilder value = new StringBuilder(length);
		while (value.length() < length) {
			value.append((char) ('a' + random.nextInt(26)));
			if (random.nextInt(20) == 0) {
				value.append(", ");
			}
		}
		return value.substring(0, length);
	}

	private static String accept(String url) {
		boolean page = !url.startsWith("/api/") && !url.startsWith("/v3/") && !url.startsWith("/actuator/");
		return "Accept: " + (page ? "text/html" : "application/json");
	}

	private ApiHttp.Raw send(Request request) {
		sent++;
		byte[] answer = this.http.exchange(request.bytes());
		return ApiHttp.Raw.parse(answer);
	}

	/**
	 * What every answer must be: a status under 500, no stack trace, no input raw in a
	 * header or unescaped in a page, no body for HEAD, a problem for an API error.
	 */
	private void check(Request request, ApiHttp.Raw response, List<String> failures) {
		String what = request.what() + " " + request.method() + " " + abbreviate(request.target());
		int status = response.status();
		String body = response.body();
		String problem = null;
		if (status < 100) {
			problem = "no answer";
		}
		else if (status >= 500 && !refusedByProtocol(request, status)) {
			problem = "server error " + status;
		}
		else if (body.contains("on our side")) {
			problem = "blames the server";
		}
		else if (body.contains("\tat ") || body.contains("at org.") || body.contains("Exception")
				|| body.contains("Caused by")) {
			problem = "stack trace";
		}
		else if (response.contentType().startsWith("text/html")
				&& (body.contains("<i>" + TOKEN) || body.contains("<script>" + TOKEN) || body.contains("\"'>"))) {
			problem = "unescaped echo in HTML";
		}
		else if (request.method().equals("HEAD") && !body.isEmpty()) {
			problem = "HEAD with a body";
		}
		else if (status >= 400 && request.target().startsWith("/api/") && !request.what().endsWith(" Accept")
				&& !response.contentType().startsWith("application/problem+json")) {
			problem = "not a problem: " + response.contentType();
		}
		else {
			problem = headerIssue(request, response);
		}
		if (problem != null) {
			failures.add(problem + ": " + status + " " + what + " -> " + abbreviate(body));
		}
	}

	/**
	 * The two 5xx answers HTTP/1.1 has a server give to what it does not support, which
	 * Tomcat gives before the app sees the request: 501 for CONNECT, 505 for a version
	 * other than 1.0 and 1.1.
	 */
	private static boolean refusedByProtocol(Request request, int status) {
		return (status == 501 && request.method().equals("CONNECT"))
				|| (status == 505 && request.what().startsWith("version "));
	}

	private static String headerIssue(Request request, ApiHttp.Raw response) {
		if (response.headers().containsKey("x-injected")) {
			return "header injection";
		}
		for (Map.Entry<String, String> header : response.headers().entrySet()) {
			String value = header.getValue();
			boolean link = List.of("location", "link", "content-location").contains(header.getKey());
			// A Host the server took is where it was asked for: links may name it.
			boolean host = request.what().endsWith(" Host") && link;
			if (value.contains(TOKEN) && !host) {
				return "input in header " + header.getKey();
			}
			if (value.contains("evil.example") && !(host && request.lines().contains("Host: evil.example"))) {
				return "untrusted host in header " + header.getKey();
			}
		}
		return null;
	}

	private static void report(String part, Map<String, Integer> kinds, List<String> failures) {
		int cases = kinds.values().stream().mapToInt(Integer::intValue).sum();
		kinds.forEach((kind, n) -> count(kind, n));
		System.out.println(
				"Hostile HTTP, " + part + ": " + cases + " cases, by kind " + kinds + "; errors: " + failures.size());
		if (failures.isEmpty()) {
			return;
		}
		Map<String, Long> byProblem = new TreeMap<>();
		failures.forEach((failure) -> byProblem.merge(failure.substring(0, failure.indexOf(':')), 1L, Long::sum));
		throw new AssertionError(failures.size() + " of " + cases + " cases failed (seed " + SEED + "): " + byProblem
				+ "\n" + String.join("\n", failures.subList(0, Math.min(30, failures.size()))));
	}

	private static void count(String kind, int n) {
		KINDS.merge(kind, n, Integer::sum);
	}

	private static String abbreviate(String text) {
		String flat = text.replaceAll("[\\r\\n]+", " ");
		return (flat.length() > 160) ? flat.substring(0, 160) + "…" : flat;
	}

	/** One header's variation: its kind and the header lines it sends. */
	record Variation(String kind, List<String> lines) {

	}

	/** A request as sent: the header lines as given, the body if any, then close. */
	record Request(String what, String method, String target, String version, List<String> lines, String body) {

		byte[] bytes() {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			String head = this.method + " " + this.target + " " + this.version + "\r\n";
			out.writeBytes(head.getBytes(StandardCharsets.ISO_8859_1));
			for (String line : this.lines) {
				// Header values go as UTF-8 bytes, except the Latin-1 case.
				boolean latin1 = line.chars().allMatch((c) -> c < 0x100);
				out.writeBytes(line.getBytes(latin1 ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8));
				if (!line.endsWith("\n")) {
					out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
				}
			}
			byte[] content = (this.body != null) ? this.body.getBytes(StandardCharsets.UTF_8) : new byte[0];
			if (this.body != null) {
				out.writeBytes(("Content-Length: " + content.length + "\r\n").getBytes(StandardCharsets.US_ASCII));
			}
			boolean closes = this.version.equals("HTTP/1.0") || this.lines.contains("Connection: close");
			out.writeBytes((closes ? "\r\n" : "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
			out.writeBytes(content);
			return out.toByteArray();
		}

	}

}
