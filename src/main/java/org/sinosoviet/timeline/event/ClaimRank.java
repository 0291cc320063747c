package org.sinosoviet.timeline.event;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How a claim stands beside competing claims, as in Wikidata.
 */
public enum ClaimRank {

	PREFERRED, NORMAL, DEPRECATED;

	public String id() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<ClaimRank> fromId(String id) {
		return Arrays.stream(values()).filter((rank) -> rank.id().equals(id)).findFirst();
	}

}
