package org.sinosoviet.timeline.citation;

import java.io.StringReader;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.Key;
import org.jbibtex.LaTeXParser;
import org.jbibtex.LaTeXPrinter;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * BibTeX, RIS and CSL-JSON of events and sources, read back by tools made for them.
 */
class CitationFilesTests {

	/**
	 * The RIS tags (RIS format specification, Research Information Systems, 2012).
	 */
	static final Set<String> RIS_TAGS = Set.of("TY", "A1", "A2", "A3", "A4", "AB", "AD", "AN", "AU", "AV", "BT", "C1",
			"C2", "C3", "C4", "C5", "C6", "C7", "C8", "CA", "CN", "CP", "CT", "CY", "DA", "DB", "DO", "DP", "ED", "EP",
			"ET", "ID", "IS", "J1", "J2", "JA", "JF", "JO", "KW", "L1", "L2", "L3", "L4", "LA", "LB", "LK", "M1", "M2",
			"M3", "N1", "N2", "NV", "OP", "PB", "PP", "PY", "RI", "RN", "RP", "SE", "SN", "SP", "ST", "T1", "T2", "T3",
			"TA", "TI", "TT", "U1", "U2", "U3", "U4", "U5", "UR", "VL", "VO", "Y1", "Y2", "ER");

	/** The RIS reference types. */
	static final Set<String> RIS_TYPES = Set.of("ABST", "ADVS", "AGGR", "ANCIENT", "ART", "BILL", "BLOG", "BOOK",
			"CASE", "CHAP", "CHART", "CLSWK", "COMP", "CONF", "CPAPER", "CTLG", "DATA", "DBASE", "DICT", "EBOOK",
			"ECHAP", "EDBOOK", "EJOUR", "ELEC", "ENCYC", "EQUA", "FIGURE", "GEN", "GOVDOC", "GRANT", "HEAR", "ICOMM",
			"INPR", "JFULL", "JOUR", "LEGAL", "MANSCPT", "MAP", "MGZN", "MPCT", "MULTI", "MUSIC", "NEWS", "PAMP", "PAT",
			"PCOMM", "RPRT", "SER", "SLIDE", "SOUND", "STAND", "STAT", "THES", "UNPB", "VIDEO");

	static final String URL = "https://example.org/events/1969-03-02-zhenbao-island-clash";

	final JsonMapper json = JsonMapper.builder().build();

	final Work event = Work.of(Fixtures.zhenbao(), URL, Fixtures.TODAY);

	@Test
	void eventBibtexParsesAsAnOnlineEntryWithUrlAndAccessDate() throws Exception {
		BibTeXEntry entry = only(parse(Bibtex.entry(this.event)));
		assertThat(entry.getType().getValue()).isEqualTo("online");
		assertThat(entry.getKey().getValue()).isEqualTo("1969-03-02-zhenbao-island-clash");
		assertThat(latex(entry, "title")).isEqualTo("Clash on Zhenbao (Damansky) Island (2 March 1969)");
		assertThat(entry.getField(new Key("url")).toUserString()).isEqualTo(URL);
		assertThat(entry.getField(new Key("urldate")).toUserString()).isEqualTo("2026-11-22");
		assertThat(latex(entry, "organization")).isEqualTo("Sino-Soviet Timeline");
		assertThat(entry.getField(new Key("howpublished"))).isNull();
		assertThat(entry.getField(new Key("date"))).as("the event's date is not the page's").isNull();
	}

	@Test
	void sourceBibtexKeepsSpecialCharactersAndAuthors() throws Exception {
		BibTeXDatabase database = parse(
				Bibtex.entries(List.of(Work.of(Fixtures.article()), Work.of(Fixtures.newspaper()))));
		assertThat(database.getEntries()).hasSize(2);
		BibTeXEntry article = database.resolveEntry(new Key("fu-2023"));
		assertThat(article.getType().getValue()).isEqualTo("article");
		assertThat(latex(article, "title"))
			.isEqualTo("Sino-Soviet Relations in the Early 1950s - Late 1960s: 50% {more} & $less_#");
		assertThat(latex(article, "author")).isEqualTo("Fu, Tingchen");
		assertThat(latex(article, "journal")).isEqualTo("Lecture Notes in Education Psychology and Public Media");
		assertThat(latex(article, "journaltitle")).isEqualTo("Lecture Notes in Education Psychology and Public Media");
		assertThat(article.getField(new Key("pages")).toUserString()).isEqualTo("155--159");
		assertThat(article.getField(new Key("year")).toUserString()).isEqualTo("2023");
		assertThat(article.getField(new Key("doi")).toUserString()).isEqualTo("10.54254/2753-7048/25/20230689");
		BibTeXEntry newspaper = database.resolveEntry(new Key("nyt-1995"));
		assertThat(newspaper.getType().getValue()).isEqualTo("article");
		assertThat(newspaper.getField(new Key("entrysubtype")).toUserString()).isEqualTo("newspaper");
		assertThat(latex(newspaper, "journaltitle")).isEqualTo("Chicago Tribune");
		assertThat(latex(newspaper, "note")).isEqualTo("OCR copy");
		// The organisation is braced, so BibTeX reads it as one name, not "Service, New
		// York Times News".
		assertThat(newspaper.getField(new Key("author")).toUserString())
			.isEqualTo("{New York Times News Service} and Whitaker, Raymond");
		assertThat(newspaper.getField(new Key("date")).toUserString()).isEqualTo("1958-08");
	}

	@Test
	void bibtexKeepsCorporateAuthorsWholeAndEditorsApart() throws Exception {
		BibTeXDatabase database = parse(Bibtex.entries(
				List.of(Work.of(Fixtures.corporate()), Work.of(Fixtures.editedBook()), Work.of(Fixtures.chapter()))));
		BibTeXEntry corporate = database.resolveEntry(new Key("state-gov-test-ban"));
		assertThat(corporate.getType().getValue()).isEqualTo("online");
		assertThat(corporate.getField(new Key("author")).toUserString())
			.isEqualTo("{Bureau of Arms Control, Verification, and Compliance}");
		BibTeXEntry book = database.resolveEntry(new Key("westad-brothers-in-arms"));
		assertThat(book.getType().getValue()).isEqualTo("book");
		assertThat(book.getField(new Key("author"))).isNull();
		assertThat(book.getField(new Key("editor")).toUserString()).isEqualTo("Westad, Odd Arne");
		BibTeXEntry chapter = database.resolveEntry(new Key("altehenger-2015"));
		assertThat(chapter.getType().getValue()).isEqualTo("incollection");
		assertThat(latex(chapter, "booktitle")).isEqualTo("Revolutionary Moments: Reading Revolutionary Texts");
		assertThat(chapter.getField(new Key("editor")).toUserString()).isEqualTo("Hammersley, Rachel");
		assertThat(chapter.getField(new Key("author")).toUserString()).isEqualTo("Altehenger, Jennifer");
	}

	@Test
	void risTypesEveryKindAsZoteroReadsItBack() {
		Map<String, List<String>> corporate = parseRis(Ris.record(Work.of(Fixtures.corporate()))).get(0);
		assertThat(corporate.get("TY")).containsExactly("ELEC");
		assertThat(corporate.get("AU")).as("one field, not a family and a given name")
			.containsExactly("Bureau of Arms Control, Verification, and Compliance");
		Map<String, List<String>> book = parseRis(Ris.record(Work.of(Fixtures.editedBook()))).get(0);
		assertThat(book.get("TY")).containsExactly("BOOK");
		assertThat(book).doesNotContainKey("AU");
		assertThat(book.get("A3")).as("Zotero's book editor").containsExactly("Westad, Odd Arne");
		Map<String, List<String>> chapter = parseRis(Ris.record(Work.of(Fixtures.chapter()))).get(0);
		assertThat(chapter.get("TY")).containsExactly("CHAP");
		assertThat(chapter.get("A2")).containsExactly("Hammersley, Rachel");
		assertThat(chapter.get("T2")).containsExactly("Revolutionary Moments: Reading Revolutionary Texts");
		Map<String, List<String>> newspaper = parseRis(Ris.record(Work.of(Fixtures.newspaper()))).get(0);
		assertThat(newspaper.get("TY")).containsExactly("NEWS");
		for (Work.Kind kind : Work.Kind.values()) {
			assertThat(kind.ris).as(kind.name()).isIn(RIS_TYPES).isNotEqualTo("GEN");
		}
	}

	@Test
	void risRecordsUseOnlyRisTagsOneFieldALine() {
		String ris = Ris.records(List.of(this.event, Work.of(Fixtures.article()), Work.of(Fixtures.newspaper())));
		List<Map<String, List<String>>> records = parseRis(ris);
		assertThat(records).hasSize(3);
		Map<String, List<String>> event = records.get(0);
		assertThat(event.get("TY")).containsExactly("ELEC");
		assertThat(event.get("TI")).containsExactly("Clash on Zhenbao (Damansky) Island (2 March 1969)");
		assertThat(event.get("UR")).containsExactly(URL);
		assertThat(event.get("Y2")).containsExactly("2026/11/22/");
		Map<String, List<String>> article = records.get(1);
		assertThat(article.get("TY")).containsExactly("JOUR");
		assertThat(article.get("AU")).containsExactly("Fu, Tingchen");
		assertThat(article.get("T2")).containsExactly("Lecture Notes in Education Psychology and Public Media");
		assertThat(article.get("SP")).containsExactly("155");
		assertThat(article.get("EP")).containsExactly("159");
		assertThat(article.get("PY")).containsExactly("2023");
		assertThat(article.get("DA")).containsExactly("2023/11/28/");
		assertThat(article.get("DO")).containsExactly("10.54254/2753-7048/25/20230689");
		Map<String, List<String>> newspaper = records.get(2);
		assertThat(newspaper.get("AU")).containsExactly("New York Times News Service", "Whitaker, Raymond");
		assertThat(newspaper.get("DA")).containsExactly("1958/08//");
	}

	@Test
	void cslJsonOfAnEventIsAWebpageWithAnAccessDateAndNoOtherDate() {
		JsonNode item = this.json.valueToTree(CslJson.item(this.event));
		assertThat(item.path("id").asString()).isEqualTo("1969-03-02-zhenbao-island-clash");
		assertThat(item.path("type").asString()).isEqualTo("webpage");
		assertThat(item.path("title").asString()).isEqualTo("Clash on Zhenbao (Damansky) Island (2 March 1969)");
		assertThat(item.path("container-title").asString()).isEqualTo("Sino-Soviet Timeline");
		assertThat(item.path("URL").asString()).isEqualTo(URL);
		assertThat(item.at("/accessed/date-parts/0").toString()).isEqualTo("[2026,11,22]");
		assertThat(item.has("event-date")).as("styles print it as the item's date").isFalse();
		assertThat(item.has("issued")).isFalse();
		assertThat(item.path("abstract").asString()).startsWith("Chinese & Soviet troops fought");
	}

	@Test
	void cslJsonOfASourceHasItsRealTypeAuthorsAndIdentifiers() {
		JsonNode article = this.json.valueToTree(CslJson.item(Work.of(Fixtures.article())));
		assertThat(article.path("type").asString()).isEqualTo("article-journal");
		assertThat(article.at("/author/0/family").asString()).isEqualTo("Fu");
		assertThat(article.at("/author/0/given").asString()).isEqualTo("Tingchen");
		assertThat(article.path("container-title").asString())
			.isEqualTo("Lecture Notes in Education Psychology and Public Media");
		assertThat(article.path("DOI").asString()).isEqualTo("10.54254/2753-7048/25/20230689");
		assertThat(article.path("URL").asString()).isEqualTo("https://doi.org/10.54254/2753-7048/25/20230689");
		assertThat(article.at("/issued/date-parts/0").toString()).isEqualTo("[2023,11,28]");
		assertThat(article.at("/accessed/date-parts/0").toString()).isEqualTo("[2026,11,22]");
		assertThat(article.path("page").asString()).isEqualTo("155-159");
		JsonNode newspaper = this.json.valueToTree(CslJson.item(Work.of(Fixtures.newspaper())));
		assertThat(newspaper.path("type").asString()).isEqualTo("article-newspaper");
		assertThat(newspaper.path("note").asString()).isEqualTo("OCR copy");
		assertThat(newspaper.at("/author/0/literal").asString()).isEqualTo("New York Times News Service");
		assertThat(newspaper.at("/issued/date-parts/0").toString()).isEqualTo("[1958,8]");
		assertThat(newspaper.at("/issued/circa").asBoolean()).isTrue();
		assertThat(newspaper.has("accessed")).isFalse();
		JsonNode corporate = this.json.valueToTree(CslJson.item(Work.of(Fixtures.corporate())));
		assertThat(corporate.at("/author/0").toString())
			.isEqualTo("{\"literal\":\"Bureau of Arms Control, Verification, and Compliance\"}");
		JsonNode book = this.json.valueToTree(CslJson.item(Work.of(Fixtures.editedBook())));
		assertThat(book.has("author")).isFalse();
		assertThat(book.at("/editor/0/family").asString()).isEqualTo("Westad");
		JsonNode chapter = this.json.valueToTree(CslJson.item(Work.of(Fixtures.chapter())));
		assertThat(chapter.path("type").asString()).isEqualTo("chapter");
		assertThat(chapter.at("/editor/0/family").asString()).isEqualTo("Hammersley");
	}

	static BibTeXDatabase parse(String bibtex) throws Exception {
		return new BibTeXParser().parseFully(new StringReader(bibtex));
	}

	static BibTeXEntry only(BibTeXDatabase database) {
		assertThat(database.getEntries()).hasSize(1);
		return database.getEntries().values().iterator().next();
	}

	/** A field as a reader sees it: the LaTeX parsed and printed as text. */
	static String latex(BibTeXEntry entry, String field) throws Exception {
		String value = entry.getField(new Key(field)).toUserString();
		return new LaTeXPrinter().print(new LaTeXParser().parse(value));
	}

	/**
	 * Reads RIS strictly: every line is {@code TAG  - value} with a known tag, a record
	 * starts with TY (a known type) and ends with ER, and lines end with CRLF.
	 */
	static List<Map<String, List<String>>> parseRis(String ris) {
		assertThat(ris).doesNotContain("\n\n").doesNotContainPattern("[^\r]\n");
		List<Map<String, List<String>>> records = new java.util.ArrayList<>();
		Map<String, List<String>> current = null;
		for (String line : ris.split("\r\n")) {
			if (line.isEmpty() && current == null) {
				continue;
			}
			assertThat(line).as("RIS line").matches("[A-Z][A-Z0-9]  - .*");
			String tag = line.substring(0, 2);
			String value = line.substring(6);
			assertThat(RIS_TAGS).as("tag of " + line).contains(tag);
			if (tag.equals("TY")) {
				assertThat(current).as("TY inside a record").isNull();
				assertThat(RIS_TYPES).contains(value);
				current = new java.util.LinkedHashMap<>();
			}
			assertThat(current).as("line before TY: " + line).isNotNull();
			if (tag.equals("ER")) {
				assertThat(value).isEmpty();
				records.add(current);
				current = null;
				continue;
			}
			assertThat(value).as(line).isNotBlank();
			current.computeIfAbsent(tag, (key) -> new java.util.ArrayList<>()).add(value);
		}
		assertThat(current).as("record without ER").isNull();
		return records;
	}

	static Set<String> words(String text) {
		return Arrays.stream(text.split("\\s+")).collect(Collectors.toSet());
	}

}
