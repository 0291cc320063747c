package org.sinosoviet.timeline.event;

/**
 * The overview's own parameter, bound beside the filters on the pages that draw an
 * overview and on {@code /overview.svg}. It is not one of {@link TimelineParameters}: the
 * API and the exports share those, and they draw no overview.
 *
 * @param lanes {@code one} (the default) or {@code theme}
 */
record OverviewParameters(String lanes) {

	/**
	 * The arrangement asked for.
	 * @return the arrangement, checked
	 * @throws org.sinosoviet.timeline.web.InvalidParameterException for any other value
	 */
	Lanes arrangement() {
		return Lanes.parse(this.lanes);
	}

}
