package org.sinosoviet.timeline.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.zip.GZIPOutputStream;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Serves each page and JSON response, once rendered, from memory. The data never changes
 * while the app runs, so a response rendered for a normalized URL stays right until the
 * app stops. The cache is bounded in bytes; it keeps a gzip copy of each larger entry for
 * clients that accept it, counted in that budget. An entry keeps the headers the response
 * was rendered with (a download's file name, links), but not those that the server and
 * the filters outside the cache set again for each request.
 * <p>
 * By default an answer is kept only when its address is asked for a second time (a
 * "doorkeeper"): an address asked for once, such as a crawler's or a reader's unique
 * filter combination, would otherwise push out the pages everyone reads, and the churn of
 * such entries through a small heap cost more than it saved. Under the cache-busting soak
 * ({@code src/bench/soak.sh}) keeping every answer spent a fifth of the run in GC pauses.
 */
class ResponseCacheFilter extends OncePerRequestFilter {

	static final int MAX_ENTRY_BYTES = 1 << 20;

	static final int MIN_GZIP_BYTES = 1024;

	/** How many recent addresses the doorkeeper remembers (256 KB). */
	static final int SEEN_SLOTS = 1 << 15;

	/**
	 * Headers that belong to one request, in lower case: set by the server or by the
	 * filters in front of the cache on every request (CORS and Vary depend on the
	 * request's Origin; ETag and Cache-Control on its status), or written from the entry
	 * itself.
	 */
	private static final Set<String> PER_REQUEST = Set.of("date", "vary", "etag", "cache-control", "set-cookie",
			"content-type", "content-length", "content-encoding", "transfer-encoding", "connection", "keep-alive");

	private static final String VARIANT = ResponseCacheFilter.class.getName() + ".variant";

	private final long budget;

	private final SiteUrls urls;

	private final Cache<String, Entry> entries;

	/**
	 * The addresses asked for recently, by a 64-bit hash, one slot each (a later address
	 * with the same slot takes it: the filter then only forgets); {@code null} when every
	 * answer is kept.
	 */
	private final AtomicLongArray seen;

	ResponseCacheFilter(long budget, SiteUrls urls) {
		this(budget, urls, false);
	}

	/**
	 * @param budget the bytes the entries may take
	 * @param urls the site's addresses
	 * @param repeatsOnly keep an answer only when its address is asked for again
	 */
	ResponseCacheFilter(long budget, SiteUrls urls, boolean repeatsOnly) {
		this.budget = Math.max(0, budget);
		this.urls = urls;
		this.seen = repeatsOnly ? new AtomicLongArray(SEEN_SLOTS) : null;
		this.entries = Caffeine.newBuilder()
			.maximumWeight(this.budget)
			.weigher(Entry::weight)
			// Evictions happen on the request thread that went over the budget: the
			// work is small, and the budget holds when put returns.
			.executor(Runnable::run)
			.build();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String method = request.getMethod();
		return !(method.equals("GET") || method.equals("HEAD")) || StaticPaths.isStatic(request)
				|| HttpCachingFilter.isActuator(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String key = key(request);
		Entry cached = this.entries.getIfPresent(key);
		if (cached != null) {
			write(cached, request, response);
			return;
		}
		Map<String, List<String>> outside = headers(response);
		ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, wrapper);
		byte[] body = wrapper.getContentAsByteArray();
		boolean cacheable = request.getMethod().equals("GET") && wrapper.getStatus() == HttpServletResponse.SC_OK
				&& wrapper.getContentType() != null && body.length > 0 && body.length <= MAX_ENTRY_BYTES
				&& !response.containsHeader(HttpHeaders.SET_COOKIE) && !response.isCommitted();
		if (!cacheable) {
			wrapper.copyBodyToResponse();
			return;
		}
		boolean keep = this.budget > 0 && seenBefore(key);
		Entry entry = new Entry(wrapper.getContentType(), rendered(response, outside), body,
				keep || acceptsGzip(request));
		if (keep && Entry.weight(key, entry) <= this.budget) {
			this.entries.put(key, entry);
		}
		response.resetBuffer();
		write(entry, request, response);
	}

	/**
	 * Whether the address was asked for before (always, when every answer is kept); marks
	 * it as asked for.
	 */
	private boolean seenBefore(String key) {
		if (this.seen == null) {
			return true;
		}
		long hash = hash(key);
		int slot = (int) (hash & (SEEN_SLOTS - 1));
		return this.seen.getAndSet(slot, hash) == hash;
	}

	/** FNV-1a over the key's characters, never 0 (an empty slot). */
	private static long hash(String key) {
		long hash = 0xcbf29ce484222325L;
		for (int i = 0; i < key.length(); i++) {
			hash = (hash ^ key.charAt(i)) * 0x100000001b3L;
		}
		return (hash == 0) ? 1 : hash;
	}

	private static void write(Entry entry, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		response.setStatus(HttpServletResponse.SC_OK);
		response.setContentType(entry.contentType);
		entry.headers.forEach((name, values) -> {
			response.setHeader(name, values.get(0));
			values.subList(1, values.size()).forEach((value) -> response.addHeader(name, value));
		});
		boolean gzip = entry.gzip != null && acceptsGzip(request);
		byte[] bytes = gzip ? entry.gzip : entry.body;
		if (gzip) {
			response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
		}
		response.setContentLength(bytes.length);
		if (!request.getMethod().equals("HEAD")) {
			response.getOutputStream().write(bytes);
		}
	}

	/**
	 * The headers the rendering set: those it added or changed, without the ones that
	 * belong to one request.
	 */
	private static Map<String, List<String>> rendered(HttpServletResponse response, Map<String, List<String>> outside) {
		Map<String, List<String>> rendered = new LinkedHashMap<>();
		headers(response).forEach((name, values) -> {
			String lower = name.toLowerCase(Locale.ROOT);
			boolean perRequest = PER_REQUEST.contains(lower) || lower.startsWith("access-control-");
			if (!perRequest && !values.isEmpty() && !values.equals(outside.get(name))) {
				rendered.put(name, values);
			}
		});
		return rendered;
	}

	private static Map<String, List<String>> headers(HttpServletResponse response) {
		Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
		for (String name : response.getHeaderNames()) {
			headers.put(name, List.copyOf(response.getHeaders(name)));
		}
		return headers;
	}

	static boolean acceptsGzip(HttpServletRequest request) {
		String accepted = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
		if (accepted == null) {
			return false;
		}
		return Arrays.stream(accepted.split(","))
			.map(String::strip)
			.anyMatch((coding) -> coding.equals("gzip")
					|| (coding.startsWith("gzip;") && !coding.matches("gzip;\\s*q=0(\\.0*)?")));
	}

	/**
	 * The day (citations name today as the access date, so yesterday's entries are not
	 * served again), the variant, the path and the normalized query.
	 */
	private String key(HttpServletRequest request) {
		return LocalDate.now().toEpochDay() + "\n" + variant(this.urls, request) + "\n" + request.getRequestURI() + "?"
				+ QueryParameters.normalized(request);
	}

	/**
	 * What a response depends on besides its address: the base URL its absolute links are
	 * built from (forwarded headers can change it), and the representation the Accept
	 * header chooses. The ETag varies by the same.
	 */
	static String variant(SiteUrls urls, HttpServletRequest request) {
		// Worked out once a request: the ETag and the cache key both need it.
		if (request.getAttribute(VARIANT) instanceof String variant) {
			return variant;
		}
		String representation;
		try {
			representation = Representation.preferred(request.getHeader(HttpHeaders.ACCEPT)).name();
		}
		catch (HttpMediaTypeNotAcceptableException ex) {
			// Neither page nor JSON: a file such as text/csv, or a 406.
			representation = "OTHER";
		}
		String variant = urls.base(request) + " " + representation;
		request.setAttribute(VARIANT, variant);
		return variant;
	}

	private static final class Entry {

		private final String contentType;

		private final Map<String, List<String>> headers;

		private final byte[] body;

		/** Made when the entry is, so that its weight is known when it is put. */
		private final byte[] gzip;

		/**
		 * @param withGzip whether to make the gzip copy: an entry kept in the cache has
		 * one, one that is not needs it only for a client that accepts it
		 */
		Entry(String contentType, Map<String, List<String>> headers, byte[] body, boolean withGzip) {
			this.contentType = contentType;
			this.headers = headers;
			this.body = body;
			this.gzip = (withGzip && body.length >= MIN_GZIP_BYTES) ? gzip(body) : null;
		}

		/**
		 * What an entry costs: its bytes, its gzip copy, and two bytes a character for
		 * the key and the headers.
		 */
		static int weight(String key, Entry entry) {
			long chars = key.length() + entry.contentType.length();
			for (Map.Entry<String, List<String>> header : entry.headers.entrySet()) {
				for (String value : header.getValue()) {
					chars += header.getKey().length() + value.length();
				}
			}
			long bytes = entry.body.length + ((entry.gzip != null) ? entry.gzip.length : 0) + 2 * chars;
			return (int) Math.min(bytes, Integer.MAX_VALUE);
		}

		private static byte[] gzip(byte[] body) {
			ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4);
			try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
				zip.write(body);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			return out.toByteArray();
		}

	}

}
