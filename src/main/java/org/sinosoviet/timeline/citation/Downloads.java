package org.sinosoviet.timeline.citation;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The media types of the formats, and responses that name the file to save.
 */
final class Downloads {

	static final MediaType BIBTEX = new MediaType("application", "x-bibtex", StandardCharsets.UTF_8);

	static final MediaType RIS = new MediaType("application", "x-research-info-systems", StandardCharsets.UTF_8);

	static final MediaType CSL_JSON = new MediaType("application", "vnd.citationstyles.csl+json",
			StandardCharsets.UTF_8);

	static final MediaType CSV = new MediaType("text", "csv", Map.of("charset", "UTF-8", "header", "present"));

	static final MediaType JSON = new MediaType("application", "json", StandardCharsets.UTF_8);

	private Downloads() {
	}

	static ResponseEntity<String> file(String body, MediaType type, String filename, boolean attachment) {
		ContentDisposition disposition = (attachment ? ContentDisposition.attachment() : ContentDisposition.inline())
			.filename(filename, StandardCharsets.UTF_8)
			.build();
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
			.body(body);
	}

}
