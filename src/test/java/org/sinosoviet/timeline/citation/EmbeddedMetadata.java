package org.sinosoviet.timeline.citation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.web.util.HtmlUtils;

/**
 * What Zotero's "Embedded Metadata" translator (with the RDF translator it loads for
 * Dublin Core and Open Graph) makes of a page's meta tags, for the tags our pages use:
 * its rules as read in zotero/translators (Embedded Metadata.js {@code init},
 * {@code addHighwireMetadata}, {@code addLowQualityMetadata}; RDF.js {@code detectType},
 * {@code importItem}). It is not the translator: where our pages would need a rule it
 * does not model, {@link #read} refuses the tag instead of guessing.
 */
final class EmbeddedMetadata {

	private static final Pattern META = Pattern.compile("<meta\\s([^>]*)>");

	private static final Pattern ATTRIBUTE = Pattern.compile("([a-zA-Z:-]+)=\"([^\"]*)\"");

	private static final Pattern TIME = Pattern.compile("<time[^>]*\\sdatetime=\"([^\"]*)\"");

	/** The Highwire tags the translator maps straight to fields (HIGHWIRE_MAPPINGS). */
	private static final Map<String, String> HIGHWIRE = Map.ofEntries(Map.entry("citation_title", "title"),
			Map.entry("citation_date", "date"), Map.entry("citation_journal_title", "publicationTitle"),
			Map.entry("citation_inbook_title", "publicationTitle"), Map.entry("citation_volume", "volume"),
			Map.entry("citation_issue", "issue"), Map.entry("citation_series_title", "series"),
			Map.entry("citation_technical_report_institution", "institution"),
			Map.entry("citation_dissertation_institution", "university"), Map.entry("citation_publisher", "publisher"),
			Map.entry("citation_isbn", "ISBN"), Map.entry("citation_doi", "DOI"),
			Map.entry("citation_public_url", "url"));

	/** Zotero's item types that a DC.type may name (ZU.itemTypeExists), those we use. */
	private static final Set<String> ITEM_TYPES = Set.of("journalArticle", "magazineArticle", "newspaperArticle",
			"book", "bookSection", "encyclopediaArticle", "document", "report", "thesis", "webpage");

	private EmbeddedMetadata() {
	}

	/** The meta tags of a page, in order: name (or property) and content. */
	static List<Map.Entry<String, String>> tags(String html) {
		List<Map.Entry<String, String>> tags = new ArrayList<>();
		Matcher meta = META.matcher(html);
		while (meta.find()) {
			Map<String, String> attributes = new LinkedHashMap<>();
			Matcher attribute = ATTRIBUTE.matcher(meta.group(1));
			while (attribute.find()) {
				attributes.put(attribute.group(1), HtmlUtils.htmlUnescape(attribute.group(2)));
			}
			String key = attributes.getOrDefault("name", attributes.get("property"));
			if (key != null && attributes.get("content") != null) {
				tags.add(Map.entry(key, attributes.get("content")));
			}
		}
		return tags;
	}

	/**
	 * The item the translator saves from a page.
	 * @param html the page
	 * @return the item's fields, with {@code itemType}, {@code creators} as "role:name"
	 */
	static Map<String, Object> read(String html) {
		List<Map.Entry<String, String>> tags = tags(html);
		String hwType = null;
		String hwTypeGuess = null;
		String og = null;
		String ogGuess = null;
		String dc = null;
		String dcGuess = null;
		Map<String, Object> item = new LinkedHashMap<>();
		Map<String, String> rdf = new LinkedHashMap<>();
		List<String> creators = new ArrayList<>();
		List<String> tagsOut = new ArrayList<>();
		String firstPage = null;
		String lastPage = null;
		for (Map.Entry<String, String> tag : tags) {
			String key = tag.getKey();
			String value = tag.getValue();
			switch (key) {
				case "citation_journal_title" -> hwType = "journalArticle";
				case "citation_technical_report_institution" -> hwType = "report";
				case "citation_inbook_title", "citation_book_title" -> hwType = "bookSection";
				case "citation_dissertation_institution" -> hwType = "thesis";
				case "citation_title", "citation_series_title" ->
					hwTypeGuess = (hwTypeGuess != null) ? hwTypeGuess : "journalArticle";
				case "citation_isbn" -> hwTypeGuess = "book";
				default -> {
				}
			}
			if (HIGHWIRE.containsKey(key)) {
				item.putIfAbsent(HIGHWIRE.get(key), value);
			}
			else if (key.equals("citation_author")) {
				creators.add("author:" + value);
			}
			else if (key.equals("citation_editor")) {
				creators.add("editor:" + value);
			}
			else if (key.equals("citation_firstpage")) {
				firstPage = value;
			}
			else if (key.equals("citation_lastpage")) {
				lastPage = value;
			}
			else if (key.startsWith("DC.") || key.startsWith("og:")) {
				if (key.equals("DC.subject")) {
					tagsOut.add(value);
				}
				else {
					rdf.putIfAbsent(key, value);
				}
			}
			else if (key.startsWith("citation_")) {
				throw new IllegalArgumentException("No rule modelled for " + key);
			}
		}
		if (rdf.containsKey("og:type")) {
			switch (rdf.get("og:type")) {
				case "website" -> og = "webpage";
				case "article" -> ogGuess = "journalArticle";
				case "book" -> og = "book";
				default -> throw new IllegalArgumentException("No rule modelled for og:type " + rdf.get("og:type"));
			}
		}
		if (rdf.containsKey("DC.type")) {
			String type = rdf.get("DC.type");
			if (ITEM_TYPES.contains(type)) {
				dc = type;
			}
			else if (type.equalsIgnoreCase("text")) {
				dcGuess = "journalArticle";
			}
			else {
				throw new IllegalArgumentException("No rule modelled for DC.type " + type);
			}
		}
		boolean hasRdf = !rdf.isEmpty();
		String defaultUnknown = (hwTypeGuess != null) ? hwTypeGuess : (hasRdf ? "webpage" : null);
		String rdfType = first(og, dc, defaultUnknown, ogGuess, dcGuess);
		String itemType = (hwType != null) ? hwType : hasRdf ? rdfType : hwTypeGuess;
		item.put("itemType", itemType);
		// RDF fields fill what Highwire left empty.
		item.putIfAbsent("title", first(rdf.get("DC.title"), rdf.get("og:title")));
		if (rdf.containsKey("DC.date")) {
			item.putIfAbsent("date", rdf.get("DC.date"));
		}
		if (rdf.containsKey("DC.source")) {
			item.putIfAbsent("publicationTitle", rdf.get("DC.source"));
		}
		if (rdf.containsKey("DC.coverage")) {
			item.put("archiveLocation", rdf.get("DC.coverage"));
		}
		if (rdf.containsKey("DC.description")) {
			item.put("abstractNote", rdf.get("DC.description"));
		}
		if (rdf.containsKey("DC.rights")) {
			item.put("rights", rdf.get("DC.rights"));
		}
		if (rdf.containsKey("og:site_name") && !item.containsKey("publicationTitle")
				&& Set.of("blogPost", "webpage", "newspaperArticle").contains(itemType)) {
			item.put("publicationTitle", rdf.get("og:site_name"));
		}
		if (!item.containsKey("url") && rdf.containsKey("og:url")) {
			item.put("url", rdf.get("og:url"));
		}
		if (firstPage != null) {
			item.put("pages", firstPage + ((lastPage != null) ? "-" + lastPage : ""));
		}
		if (!creators.isEmpty()) {
			item.put("creators", creators);
		}
		if (!tagsOut.isEmpty()) {
			item.put("tags", tagsOut);
		}
		// addLowQualityMetadata: with no date, the first <time datetime> on the page.
		if (!item.containsKey("date")) {
			Matcher time = TIME.matcher(html);
			if (time.find()) {
				item.put("date", time.group(1));
			}
		}
		// A webpage's publicationTitle is Zotero's websiteTitle.
		if ("webpage".equals(itemType) && item.containsKey("publicationTitle")) {
			item.put("websiteTitle", item.remove("publicationTitle"));
		}
		return item;
	}

	private static String first(String... values) {
		for (String value : values) {
			if (value != null) {
				return value;
			}
		}
		return null;
	}

}
