package org.sinosoviet.timeline.event;

import java.util.Map;

import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The control that switches the overview between one band and lanes by theme: two links
 * to the same page with the same filters, so it works without script; and the way back to
 * the whole timeline, which keeps the lanes.
 *
 * @param byTheme whether the overview is in lanes by theme now
 * @param oneUrl the page in one band
 * @param themeUrl the page in lanes by theme
 * @param clearUrl the whole timeline, in the same arrangement
 */
record LaneSwitch(boolean byTheme, String oneUrl, String themeUrl, String clearUrl) {

	/** Where the links land: the overview, not the top of the page. */
	static final String FRAGMENT = "overview";

	static LaneSwitch of(String path, Map<String, String[]> parameters, Lanes arrangement) {
		MultiValueMap<String, String> filters = FilterChips.active(parameters);
		String one = UriComponentsBuilder.fromPath(path)
			.queryParams(filters)
			.fragment(FRAGMENT)
			.encode()
			.build()
			.toUriString();
		String theme = UriComponentsBuilder.fromPath(path)
			.queryParams(filters)
			.queryParam("lanes", Lanes.THEME.id())
			.fragment(FRAGMENT)
			.encode()
			.build()
			.toUriString();
		boolean byTheme = arrangement == Lanes.THEME;
		return new LaneSwitch(byTheme, one, theme, byTheme ? "/?lanes=" + Lanes.THEME.id() : "/");
	}

}
