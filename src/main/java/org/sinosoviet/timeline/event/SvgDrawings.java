package org.sinosoviet.timeline.event;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.sinosoviet.timeline.geo.MapProjection;
import org.springframework.core.io.ClassPathResource;
import org.springframework.web.util.HtmlUtils;

/**
 * The overview and the map as standalone SVG files, for teachers' slides: the same
 * drawings as the pages, with their colours written on the shapes (a file has no
 * stylesheet) and the base map's outlines inlined, so that the file shows anywhere.
 */
final class SvgDrawings {

	private static final String BASE;

	static {
		try (InputStream in = new ClassPathResource("static" + MapProjection.BASE).getInputStream()) {
			String svg = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			// The outlines without the base map's own svg element, title and description.
			BASE = svg.substring(svg.indexOf("<defs>"), svg.lastIndexOf("</svg>"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static final String[] THEME_COLOURS = { "#57534e", "#b91c1c", "#a44a04", "#6d28d9", "#0f766e", "#1d4ed8",
			"#0369a1", "#be185d", "#3f6212", "#57534e", "#c2410c", "#854d0e", "#334155" };

	private static final String[] BAND_COLOURS = { "#efe5d6", "#e6ecef", "#f1e3e1", "#e6ebdf", "#ece6f0", "#e9e4d8" };

	private SvgDrawings() {
	}

	static String map(PlaceMap map, String title, String credit) {
		StringBuilder svg = start(map.width(), map.height(), title);
		svg.append(BASE);
		svg.append("<g font-family=\"sans-serif\" font-size=\"11\">\n");
		for (PlaceMap.Shape shape : map.shapes()) {
			svg.append("<path d=\"")
				.append(shape.d())
				.append("\" fill=\"#8c1d18\" fill-opacity=\"0.3\" stroke=\"#8c1d18\" stroke-width=\"1\" stroke-linejoin=\"round\"><title>")
				.append(escape(shape.label()))
				.append("</title></path>\n");
			if (shape.text() != null) {
				svg.append("<text x=\"")
					.append(shape.text().x())
					.append("\" y=\"")
					.append(shape.text().y())
					.append("\" text-anchor=\"middle\" fill=\"#1d1b19\" stroke=\"#fff\" stroke-width=\"3\" paint-order=\"stroke\">")
					.append(escape(shape.text().text()))
					.append("</text>\n");
			}
		}
		for (PlaceMap.Marker marker : map.markers()) {
			svg.append("<circle cx=\"")
				.append(marker.x())
				.append("\" cy=\"")
				.append(marker.y())
				.append("\" r=\"")
				.append(marker.r())
				.append("\" fill=\"#8c1d18\" fill-opacity=\"0.8\" stroke=\"#fff\" stroke-width=\"1.2\"><title>")
				.append(escape(marker.label()))
				.append("</title></circle>\n");
			if (marker.text() != null) {
				svg.append("<text x=\"")
					.append(marker.text().x())
					.append("\" y=\"")
					.append(marker.text().y())
					.append("\" text-anchor=\"")
					.append(marker.text().anchor())
					.append("\" fill=\"#1d1b19\" stroke=\"#fff\" stroke-width=\"3\" paint-order=\"stroke\">")
					.append(escape(marker.text().text()))
					.append("</text>\n");
			}
		}
		svg.append("<text x=\"6\" y=\"")
			.append(Double.parseDouble(map.height()) - 6)
			.append("\" font-size=\"9\" fill=\"#57514b\">")
			.append(escape(credit))
			.append("</text>\n</g>\n</svg>\n");
		return svg.toString();
	}

	static String overview(TimelineView.Overview overview, String title, String credit) {
		String width = number(overview.width());
		String height = number(overview.height() + 14);
		StringBuilder svg = start(width, height, title);
		svg.append("<rect width=\"").append(width).append("\" height=\"").append(height).append("\" fill=\"#fff\"/>\n");
		for (TimelineView.Band band : overview.bands()) {
			int shade = Integer.parseInt(band.css().replace("band-", "")) - 1;
			svg.append("<rect x=\"")
				.append(number(band.x()))
				.append("\" width=\"")
				.append(number(band.width()))
				.append("\" height=\"")
				.append(number(overview.height()))
				.append("\" fill=\"")
				.append(BAND_COLOURS[shade % BAND_COLOURS.length])
				.append("\"><title>")
				.append(escape(band.title() + ", " + band.range()))
				.append("</title></rect>\n");
			if (band.width() > 110) {
				svg.append("<text x=\"")
					.append(number(band.middle()))
					.append("\" y=\"")
					.append(number(overview.height() - 6))
					.append("\" text-anchor=\"middle\" font-family=\"serif\" font-size=\"11\" font-weight=\"600\" fill=\"#3d3833\">")
					.append(escape(band.title()))
					.append("</text>\n");
			}
		}
		lanes(svg, overview);
		svg.append("<g font-family=\"sans-serif\" font-size=\"10\" fill=\"#4a443e\">\n");
		for (TimelineView.Tick tick : overview.ticks()) {
			svg.append("<line x1=\"")
				.append(number(tick.x()))
				.append("\" x2=\"")
				.append(number(tick.x()))
				.append("\" y1=\"16\" y2=\"")
				.append(tick.labelled() ? 26 : 22)
				.append("\" stroke=\"#8a8178\"/>\n");
			if (tick.labelled()) {
				svg.append("<text x=\"")
					.append(number(tick.x()))
					.append("\" y=\"12\" text-anchor=\"")
					.append(tick.anchor())
					.append("\" font-weight=\"600\">")
					.append(tick.year())
					.append("</text>\n");
			}
		}
		for (TimelineView.Mark mark : overview.marks()) {
			String colour = colour(mark.css());
			if (mark.text() != null) {
				TimelineView.Label label = mark.text();
				svg.append("<line x1=\"")
					.append(number(label.leaderX()))
					.append("\" x2=\"")
					.append(number(label.leaderX()))
					.append("\" y1=\"")
					.append(number(label.leaderTop()))
					.append("\" y2=\"")
					.append(number(label.leaderBottom()))
					.append("\" stroke=\"#8a8178\" stroke-width=\"0.7\"/>\n");
				svg.append("<text x=\"")
					.append(number(label.x()))
					.append("\" y=\"")
					.append(number(label.y()))
					.append("\" fill=\"#1d1b19\">")
					.append(escape(label.text()))
					.append("</text>\n");
			}
			String outline = mark.disputed() ? "\" stroke=\"#1d1b19\" stroke-width=\"1.6\" stroke-dasharray=\"2 1.2\""
					: "\" stroke=\"#fff\"";
			if (mark.point()) {
				svg.append("<circle cx=\"")
					.append(number(mark.x()))
					.append("\" cy=\"")
					.append(number(mark.y()))
					.append("\" r=\"4.5\" fill=\"")
					.append(colour)
					.append(outline)
					.append(">");
			}
			else {
				svg.append("<rect x=\"")
					.append(number(mark.x()))
					.append("\" y=\"")
					.append(number(mark.y() - 4))
					.append("\" width=\"")
					.append(number(mark.width()))
					.append("\" height=\"8\" rx=\"3\" fill-opacity=\"0.55\" fill=\"")
					.append(colour)
					.append(outline)
					.append(">");
			}
			svg.append("<title>")
				.append(escape(mark.label()))
				.append("</title>")
				.append(mark.point() ? "</circle>\n" : "</rect>\n");
		}
		svg.append("<text x=\"6\" y=\"")
			.append(number(overview.height() + 10))
			.append("\" font-size=\"9\" fill=\"#57514b\">")
			.append(escape(credit))
			.append("</text>\n</g>\n</svg>\n");
		return svg.toString();
	}

	/**
	 * Each lane's shading (every other one), rule and name: the names and rules tell the
	 * lanes apart on a black-and-white copy.
	 */
	private static void lanes(StringBuilder svg, TimelineView.Overview overview) {
		for (TimelineView.Lane lane : overview.lanes()) {
			if (lane.css().contains("lane-alt")) {
				svg.append("<rect y=\"")
					.append(number(lane.y()))
					.append("\" width=\"")
					.append(number(overview.width()))
					.append("\" height=\"")
					.append(number(lane.height()))
					.append("\" fill=\"#000\" fill-opacity=\"0.04\"/>\n");
			}
			svg.append("<line x1=\"0\" x2=\"")
				.append(number(overview.width()))
				.append("\" y1=\"")
				.append(number(lane.y()))
				.append("\" y2=\"")
				.append(number(lane.y()))
				.append("\" stroke=\"#8a8178\" stroke-width=\"0.6\"/>\n");
			svg.append("<text x=\"")
				.append(number(lane.nameX()))
				.append("\" y=\"")
				.append(number(lane.nameY()))
				.append("\" font-family=\"sans-serif\" font-size=\"10\" font-weight=\"")
				.append((lane.count() == 0) ? "400\" font-style=\"italic\" fill=\"#57514b\">"
						: "700\" fill=\"#1d1b19\">")
				.append(escape(lane.name()))
				.append("</text>\n");
		}
	}

	private static StringBuilder start(String width, String height, String title) {
		StringBuilder svg = new StringBuilder(BASE.length() + 16_384);
		svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
			.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
			.append(width)
			.append(' ')
			.append(height)
			.append("\" width=\"")
			.append(width)
			.append("\" height=\"")
			.append(height)
			.append("\">\n<title>")
			.append(escape(title))
			.append("</title>\n");
		return svg;
	}

	/** The colour of a mark's first theme, from its {@code theme-N} class. */
	private static String colour(String css) {
		for (String part : css.split(" ")) {
			if (part.startsWith("theme-")) {
				int theme = Integer.parseInt(part.substring(6));
				return THEME_COLOURS[(theme >= 0 && theme < THEME_COLOURS.length) ? theme : 0];
			}
		}
		return THEME_COLOURS[0];
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}

	private static String number(double value) {
		return PlaceMap.number(value);
	}

}
