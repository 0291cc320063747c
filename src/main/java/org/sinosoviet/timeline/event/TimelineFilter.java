package org.sinosoviet.timeline.event;

import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.criteria.Join;

import org.springframework.data.jpa.domain.Specification;

/**
 * What the reader asked to see: the filters that pages and the API share, by the same
 * names.
 *
 * @param period a period id, or {@code null}
 * @param themes theme ids, any of which matches; empty for all
 * @param from the first day of interest, or {@code null}
 * @param to the last day of interest, or {@code null}
 */
public record TimelineFilter(String period, List<String> themes, LocalDate from, LocalDate to) {

	public TimelineFilter {
		themes = (themes != null) ? List.copyOf(themes) : List.of();
	}

	/**
	 * No filter: the whole timeline.
	 * @return an empty filter
	 */
	public static TimelineFilter all() {
		return new TimelineFilter(null, List.of(), null, null);
	}

	Specification<Event> toSpecification() {
		return (root, query, builder) -> {
			var predicates = new java.util.ArrayList<jakarta.persistence.criteria.Predicate>();
			if (this.period != null) {
				predicates.add(builder.equal(root.get("period").get("id"), this.period));
			}
			if (!this.themes.isEmpty()) {
				query.distinct(true);
				Join<Object, Object> theme = root.join("themes");
				predicates.add(theme.get("id").in(this.themes));
			}
			// An imprecise date matches when any day it can mean falls within the range.
			if (this.from != null) {
				predicates.add(builder.greaterThanOrEqualTo(root.get("lastDay"), this.from));
			}
			if (this.to != null) {
				predicates.add(builder.lessThanOrEqualTo(root.get("firstDay"), this.to));
			}
			return builder.and(predicates.toArray(jakarta.persistence.criteria.Predicate[]::new));
		};
	}

}
