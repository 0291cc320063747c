package org.sinosoviet.timeline.source;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * A source's bibliographic record, with the events that cite it.
 *
 * @param id the id
 * @param type its type id
 * @param typeTitle its type, in words
 * @param title the title
 * @param authors the authors
 * @param container the journal, book or site
 * @param publisher the publisher
 * @param volume the volume
 * @param issue the issue
 * @param pages the pages
 * @param date the EDTF publication date
 * @param url the address it was read at
 * @param doi the DOI
 * @param isbn the ISBN
 * @param accessed the day it was read
 * @param reliability how far to trust it
 * @param founding whether it is a founding document
 * @param claims how many claims cite it
 * @param events the ids of the events citing it, in date order
 */
public record SourceView(@Schema(description = "The id") String id,
		@Schema(description = "Its type id", example = "scholarship") String type,
		@Schema(description = "Its type, in words", example = "Scholarship") String typeTitle,
		@Schema(description = "The title") String title, @Schema(description = "The authors") List<String> authors,
		@Schema(description = "The journal, book or site",
				example = "Lecture Notes in Education Psychology and Public Media") @Nullable String container,
		@Schema(description = "The publisher", example = "EWA Publishing") @Nullable String publisher,
		@Schema(description = "The volume", example = "25") @Nullable String volume,
		@Schema(description = "The issue") @Nullable String issue,
		@Schema(description = "The pages", example = "155-159") @Nullable String pages,
		@Schema(description = "The EDTF publication date", example = "1969-03-02") @Nullable String date,
		@Schema(description = "The address it was read at",
				example = "https://doi.org/10.54254/2753-7048/25/20230689") @Nullable String url,
		@Schema(description = "The DOI", example = "10.54254/2753-7048/25/20230689") @Nullable String doi,
		@Schema(description = "The ISBN") @Nullable String isbn,
		@Schema(description = "The day it was read", example = "2026-11-22") @Nullable LocalDate accessed,
		@Schema(description = "How far to trust it") @Nullable String reliability,
		@Schema(description = "Whether it is one of the founding documents (revision material), whose every "
				+ "statement carries a verdict", example = "false") boolean founding,
		@Schema(description = "How many claims cite it") int claims,
		@Schema(description = "The ids of the events citing it, in date order") List<String> events) {

	static SourceView of(Source source) {
		return new SourceView(source.getId(), source.getType().id(), source.getType().heading(), source.getTitle(),
				List.copyOf(source.getAuthors()), source.getContainer(), source.getPublisher(), source.getVolume(),
				source.getIssue(), source.getPages(), (source.getDate() != null) ? source.getDate().edtf() : null,
				source.getUrl(), source.getDoi(), source.getIsbn(), source.getAccessed(), source.getReliability(),
				source.isFounding(), source.getClaimCount(), List.copyOf(source.getCitingEvents()));
	}

}
