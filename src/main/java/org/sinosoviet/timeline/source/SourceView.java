package org.sinosoviet.timeline.source;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A source's bibliographic record, with the events that cite it.
 *
 * @param id the id
 * @param type its type id
 * @param typeTitle its type, in words
 * @param kind what kind of publication it is, such as {@code journal-article}
 * @param title the title
 * @param authors the authors: "Family, Given" for people, the name for organisations
 * @param editors the editors, written the same way
 * @param literalNames those of the authors and editors cited whole, not split into family
 * and given names: organisations, and names written without a comma (such as Chinese
 * names, family name first)
 * @param container the journal, book or site
 * @param note about the copy read, or the work
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
		@Schema(description = "What kind of publication it is", example = "journal-article", allowableValues = {
				"journal-article", "magazine-article", "newspaper-article", "book", "chapter", "book-review",
				"encyclopedia-entry", "web-page", "document", "report", "thesis" }) String kind,
		@Schema(description = "The title") String title,
		@Schema(description = "The authors: \"Family, Given\" for people, the name for organisations",
				example = "[\"Fu, Tingchen\"]") List<String> authors,
		@Schema(description = "The editors, written as the authors are") List<String> editors,
		@Schema(description = "Those of the authors and editors cited whole, not split into family and given "
				+ "names: organisations, and names written without a comma (such as Chinese names, family name first)",
				example = "[\"Central Intelligence Agency\"]") List<String> literalNames,
		@Schema(description = "The journal, book or site",
				example = "Lecture Notes in Education Psychology and Public Media") String container,
		@Schema(description = "About the copy read, or the work", example = "OCR copy on faqs.org") String note,
		@Schema(description = "The publisher", example = "EWA Publishing") String publisher,
		@Schema(description = "The volume", example = "25") String volume,
		@Schema(description = "The issue") String issue,
		@Schema(description = "The pages", example = "155-159") String pages,
		@Schema(description = "The EDTF publication date", example = "1969-03-02") String date,
		@Schema(description = "The address it was read at",
				example = "https://doi.org/10.54254/2753-7048/25/20230689") String url,
		@Schema(description = "The DOI", example = "10.54254/2753-7048/25/20230689") String doi,
		@Schema(description = "The ISBN") String isbn,
		@Schema(description = "The day it was read", example = "2026-11-22") LocalDate accessed,
		@Schema(description = "How far to trust it") String reliability,
		@Schema(description = "Whether it is one of the founding documents (revision material), whose every "
				+ "statement carries a verdict", example = "false") boolean founding,
		@Schema(description = "How many claims cite it") int claims,
		@Schema(description = "The ids of the events citing it, in date order") List<String> events){

	static SourceView of(Source source) {
		List<String> literals = new ArrayList<>();
		List<String> authors = names(source.getAuthors(), literals);
		List<String> editors = names(source.getEditors(), literals);
		return new SourceView(source.getId(), source.getType().id(), source.getType().heading(), source.getKind().id(),
				source.getTitle(), authors, editors, List.copyOf(literals), source.getContainer(), source.getNote(),
				source.getPublisher(), source.getVolume(), source.getIssue(), source.getPages(),
				(source.getDate() != null) ? source.getDate().edtf() : null, source.getUrl(), source.getDoi(),
				source.getIsbn(), source.getAccessed(), source.getReliability(), source.isFounding(),
				source.getClaimCount(), List.copyOf(source.getCitingEvents()));
	}

	/**
	 * Names as written in the data, without the braces that mark an organisation whose
	 * name holds a comma; a name without a comma is an organisation's (or written in
	 * full, family name first, as Chinese names are).
	 */
	private static List<String> names(List<String> written, List<String> literals) {
		List<String> names = new ArrayList<>();
		for (String name : written) {
			boolean braced = name.startsWith("{") && name.endsWith("}");
			String bare = braced ? name.substring(1, name.length() - 1).strip() : name;
			if (braced || !bare.contains(",")) {
				literals.add(bare);
			}
			names.add(bare);
		}
		return List.copyOf(names);
	}

}
