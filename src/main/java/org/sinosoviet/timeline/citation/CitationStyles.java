package org.sinosoviet.timeline.citation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.ItemDataProvider;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.output.Bibliography;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Renders CSL-JSON items with citeproc-java and the official CSL styles, into HTML that
 * the strict content security policy allows: citeproc's inline styles become elements
 * ({@code <i>}, {@code <b>}, {@code <sup>}) and classes. Renderings are cached: the data
 * does not change while the app runs, and a style takes about a second to load the first
 * time, so styles load on first use rather than at start-up.
 */
@Component
public class CitationStyles {

	private static final Log logger = LogFactory.getLog(CitationStyles.class);

	private static final Pattern TAG = Pattern.compile("<(/?)([a-z]+)([^>]*)>");

	private static final Pattern STYLE = Pattern.compile("style=\"([^\"]*)\"");

	private final JsonMapper json;

	private final Map<Style, Engine> engines = new EnumMap<>(Style.class);

	private final Cache<String, Rendering> renderings = Caffeine.newBuilder().maximumSize(20_000).build();

	CitationStyles(JsonMapper json) {
		this.json = json;
	}

	/**
	 * An item rendered in a style, as its note or in-text citation and its bibliography
	 * entry.
	 * @param item a CSL-JSON item, as the downloads serve it
	 * @param style the style
	 * @return the rendering
	 */
	Rendering render(Map<String, Object> item, Style style) {
		String text = this.json.writeValueAsString(item);
		return this.renderings.get(style.name() + '\n' + text, (key) -> engine(style).render(parse(text)));
	}

	private CSLItemData parse(String text) {
		Map<String, Object> map = this.json.readValue(text, new TypeReference<Map<String, Object>>() {
		});
		return CSLItemData.fromJson(map);
	}

	private Engine engine(Style style) {
		synchronized (this.engines) {
			return this.engines.computeIfAbsent(style, Engine::new);
		}
	}

	/**
	 * citeproc's HTML with its inline styles turned into elements and classes, and
	 * without its wrapping {@code div}s.
	 */
	static String safeHtml(String html) {
		String inner = html.strip()
			.replaceAll("(?s)^<div class=\"csl-bib-body\">\\s*", "")
			.replaceAll("(?s)\\s*</div>$", "")
			.replaceAll("(?s)^<div class=\"csl-entry\">\\s*", "")
			.replaceAll("(?s)\\s*</div>$", "")
			.strip();
		StringBuilder out = new StringBuilder();
		Deque<String> open = new ArrayDeque<>();
		Matcher tag = TAG.matcher(inner);
		int last = 0;
		while (tag.find()) {
			out.append(inner, last, tag.start());
			last = tag.end();
			boolean closing = !tag.group(1).isEmpty();
			if (!tag.group(2).equals("span")) {
				// citeproc writes nothing else here; anything else would be a surprise
				// worth seeing.
				throw new IllegalStateException("Unexpected element in citeproc's output: " + tag.group());
			}
			if (closing) {
				out.append(open.isEmpty() ? "" : open.pop());
				continue;
			}
			Matcher style = STYLE.matcher(tag.group(3));
			String css = style.find() ? style.group(1).replace(" ", "").replaceAll(";$", "") : "";
			String[] element = switch (css) {
				case "font-style:italic" -> new String[] { "<i>", "</i>" };
				case "font-style:normal" -> new String[] { "<span class=\"csl-normal\">", "</span>" };
				case "font-weight:bold" -> new String[] { "<b>", "</b>" };
				case "font-variant:small-caps" -> new String[] { "<span class=\"csl-small-caps\">", "</span>" };
				case "vertical-align:sup", "vertical-align:super" -> new String[] { "<sup>", "</sup>" };
				case "vertical-align:sub" -> new String[] { "<sub>", "</sub>" };
				case "text-decoration:underline" -> new String[] { "<u>", "</u>" };
				case "" -> new String[] { "", "" };
				default -> throw new IllegalStateException("Unexpected style in citeproc's output: " + css);
			};
			out.append(element[0]);
			open.push(element[1]);
		}
		out.append(inner.substring(last));
		return out.toString().strip();
	}

	/** The text of rendered HTML, as a reader copies it. */
	static String text(String html) {
		return HtmlUtils.htmlUnescape(html.replaceAll("<[^>]+>", "")).replaceAll("\\s+", " ").strip();
	}

	/**
	 * The styles offered, with their ids in the CSL styles repository.
	 */
	public enum Style {

		// The full-note variant: the first note of a work gives it in full, as a single
		// citation must; chicago-note-bibliography gives short notes throughout.
		CHICAGO_NOTE("chicago-fullnote-bibliography", "Chicago (notes and bibliography), 17th edition", true),
		CHICAGO_AUTHOR_DATE("chicago-author-date", "Chicago (author-date), 17th edition", false),
		APA("apa", "APA, 7th edition", false), MLA("modern-language-association", "MLA, 9th edition", false),
		HARVARD("harvard-cite-them-right", "Harvard (Cite Them Right)", false);

		final String id;

		final String title;

		final boolean notes;

		Style(String id, String title, boolean notes) {
			this.id = id;
			this.title = title;
			this.notes = notes;
		}

		public String id() {
			return this.id;
		}

		/**
		 * A short name for element ids: {@code chicago}, {@code apa}.
		 * @return the name
		 */
		public String key() {
			return switch (this) {
				case CHICAGO_NOTE -> "chicago";
				case CHICAGO_AUTHOR_DATE -> "chicago-author-date";
				case APA -> "apa";
				case MLA -> "mla";
				case HARVARD -> "harvard";
			};
		}

		public String title() {
			return this.title;
		}

		/**
		 * Whether the style cites in notes (Chicago) rather than in the text.
		 * @return whether it is a note style
		 */
		public boolean notes() {
			return this.notes;
		}

	}

	/**
	 * One item in one style.
	 *
	 * @param style the style
	 * @param citationHtml the note (for a note style) or the in-text citation
	 * @param bibliographyHtml the bibliography or reference-list entry
	 */
	public record Rendering(Style style, String citationHtml, String bibliographyHtml) {

		public String citationText() {
			return text(this.citationHtml);
		}

		public String bibliographyText() {
			return text(this.bibliographyHtml);
		}

	}

	/**
	 * One style's processor. citeproc-java's processor keeps the items it was given, so
	 * it renders one item at a time.
	 */
	private static final class Engine implements ItemDataProvider {

		private final Style style;

		private final CSL csl;

		private CSLItemData current;

		Engine(Style style) {
			this.style = style;
			long start = System.nanoTime();
			try {
				// No language: each style in its own default locale (Cite Them Right is
				// British).
				this.csl = new CSL(this, style.id);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot load the CSL style " + style.id, ex);
			}
			this.csl.setOutputFormat("html");
			this.csl.setConvertLinks(false);
			logger.info("Loaded the CSL style " + style.id + " in " + (System.nanoTime() - start) / 1_000_000 + " ms");
		}

		synchronized Rendering render(CSLItemData item) {
			this.current = item;
			this.csl.reset();
			this.csl.registerCitationItems(item.getId());
			String citation = this.csl.makeCitation(item.getId()).get(0).getText();
			Bibliography bibliography = this.csl.makeBibliography();
			return new Rendering(this.style, safeHtml(citation), safeHtml(bibliography.getEntries()[0]));
		}

		@Override
		public CSLItemData retrieveItem(String id) {
			return (this.current != null && this.current.getId().equals(id)) ? this.current : null;
		}

		@Override
		public Collection<String> getIds() {
			return (this.current != null) ? List.of(this.current.getId()) : List.of();
		}

	}

}
