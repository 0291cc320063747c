package org.sinosoviet.timeline.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Plain HTTP to the app on its random port: through {@link HttpClient}, and through a raw
 * socket for request lines that no well-behaved client would send, so that Tomcat's own
 * handling is covered too.
 */
final class ApiHttp {

	static final String API_PROPERTIES = "timeline.data-dir=src/test/resources/dataset/api";

	private final int port;

	private final HttpClient client = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	ApiHttp(int port) {
		this.port = port;
	}

	URI uri(String pathAndQuery) {
		return URI.create("http://localhost:" + this.port + pathAndQuery);
	}

	HttpResponse<byte[]> get(String pathAndQuery, String... headers) {
		return send("GET", pathAndQuery, headers);
	}

	HttpResponse<byte[]> send(String method, String pathAndQuery, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(pathAndQuery))
			.timeout(Duration.ofSeconds(30))
			.method(method, HttpRequest.BodyPublishers.noBody());
		if (headers.length > 0) {
			request.headers(headers);
		}
		try {
			return this.client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Send a request target exactly as given, bytes and all, and read the whole answer.
	 */
	Raw raw(byte[] target) {
		ByteArrayOutputStream request = new ByteArrayOutputStream();
		request.writeBytes("GET ".getBytes(StandardCharsets.US_ASCII));
		request.writeBytes(target);
		request.writeBytes(" HTTP/1.1\r\nHost: localhost\r\nAccept: application/json\r\nConnection: close\r\n\r\n"
			.getBytes(StandardCharsets.US_ASCII));
		return Raw.parse(exchange(request.toByteArray()));
	}

	/**
	 * Send whole requests exactly as given (they should end the connection, with
	 * {@code Connection: close} or HTTP/1.0) and return everything the server sent back.
	 */
	byte[] exchange(byte[] requests) {
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.setSoTimeout(30_000);
			try {
				OutputStream out = socket.getOutputStream();
				out.write(requests);
				out.flush();
			}
			catch (SocketException ex) {
				// The server may answer (a 400 for a request line over the limit) and
				// close before it has read everything we send; what it answered is still
				// to be read.
			}
			return readUntilClosed(socket.getInputStream());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Everything the server sent before it closed the connection. A server that closes
	 * with our bytes unread resets the connection, which can surface as an error after
	 * its answer has arrived; what arrived counts.
	 */
	private static byte[] readUntilClosed(InputStream in) throws IOException {
		ByteArrayOutputStream received = new ByteArrayOutputStream();
		byte[] buffer = new byte[8192];
		try {
			for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
				received.write(buffer, 0, n);
			}
		}
		catch (SocketException ex) {
			if (received.size() == 0) {
				throw ex;
			}
		}
		return received.toByteArray();
	}

	static byte[] gunzip(byte[] body) {
		try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A response read off a socket: the status, the headers (names in lower case) and the
	 * body as sent (not de-chunked).
	 */
	record Raw(int status, Map<String, String> headers, String body) {

		static Raw parse(byte[] bytes) {
			String text = new String(bytes, StandardCharsets.ISO_8859_1);
			int end = text.indexOf("\r\n\r\n");
			String head = (end >= 0) ? text.substring(0, end) : text;
			String[] lines = head.split("\r\n");
			String[] statusLine = lines[0].split(" ");
			int status = (statusLine.length > 1) ? Integer.parseInt(statusLine[1]) : -1;
			Map<String, String> headers = new LinkedHashMap<>();
			for (int i = 1; i < lines.length; i++) {
				int colon = lines[i].indexOf(':');
				if (colon > 0) {
					headers.put(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
							lines[i].substring(colon + 1).strip());
				}
			}
			String body = (end >= 0) ? text.substring(end + 4) : "";
			return new Raw(status, headers, body);
		}

		/**
		 * The responses one after the other on one connection, their lengths read from
		 * {@code Content-Length} or the chunks; none may answer a HEAD.
		 */
		static List<Raw> parseAll(byte[] bytes) {
			String text = new String(bytes, StandardCharsets.ISO_8859_1);
			List<Raw> responses = new ArrayList<>();
			int start = 0;
			while (start < text.length()) {
				int end = text.indexOf("\r\n\r\n", start);
				if (end < 0) {
					responses.add(parse(text.substring(start).getBytes(StandardCharsets.ISO_8859_1)));
					break;
				}
				Raw head = parse((text.substring(start, end) + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
				int bodyStart = end + 4;
				int bodyEnd;
				if ("chunked".equalsIgnoreCase(head.headers().get("transfer-encoding"))) {
					bodyEnd = bodyStart;
					int size;
					do {
						int line = text.indexOf("\r\n", bodyEnd);
						size = Integer.parseInt(text.substring(bodyEnd, line).split(";")[0].strip(), 16);
						bodyEnd = line + 2 + size + 2;
					}
					while (size > 0);
				}
				else if (head.headers().containsKey("content-length")) {
					bodyEnd = bodyStart + Integer.parseInt(head.headers().get("content-length"));
				}
				else {
					bodyEnd = (head.status() == 304 || head.status() == 204) ? bodyStart : text.length();
				}
				bodyEnd = Math.min(bodyEnd, text.length());
				responses.add(new Raw(head.status(), head.headers(), text.substring(bodyStart, bodyEnd)));
				start = bodyEnd;
			}
			return responses;
		}

		String contentType() {
			return this.headers.getOrDefault("content-type", "");
		}

	}

}
