package org.sinosoviet.timeline.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

import org.springframework.data.jpa.domain.Specification;

/**
 * The timeline's filters as JPA specifications. Repeatable filters match any of their
 * values; different filters must all match.
 */
final class EventSpecifications {

	private EventSpecifications() {
	}

	/**
	 * Every filter of a request, combined.
	 * @param filter the filter, with ids already checked
	 * @param period the period asked for, or {@code null}
	 */
	static Specification<Event> matching(TimelineFilter filter, PeriodScope period) {
		List<Specification<Event>> all = new ArrayList<>();
		if (period != null) {
			all.add(period.isDefault() ? inPeriod(period.id()) : overlapping(period.firstDay(), period.lastDay()));
		}
		all.add(withAny("themes", filter.themes()));
		all.add(withAny("citedSources", filter.sources()));
		all.add(withAny("actors", filter.actors()));
		all.add(withAny("places", filter.places()));
		all.add(overlapping(filter.from(), filter.to()));
		all.add(filter.disputedOnly() ? disputed() : null);
		all.add(withVerdict(filter.verdicts()));
		all.add((filter.importance() != null) ? atLeast(filter.importance()) : null);
		all.add((filter.q() != null) ? containing(SearchText.words(filter.q())) : null);
		return Specification.allOf(all.stream().filter(Objects::nonNull).toList());
	}

	/** Filed under a period of the default scheme. */
	static Specification<Event> inPeriod(String period) {
		return (root, query, cb) -> cb.equal(root.get("period").get("id"), period);
	}

	/**
	 * Any day the event can mean falls within the range: imprecise dates match by
	 * overlap.
	 */
	static Specification<Event> overlapping(LocalDate from, LocalDate to) {
		if (from == null && to == null) {
			return null;
		}
		return (root, query, cb) -> {
			Predicate after = (from != null) ? cb.greaterThanOrEqualTo(root.get("lastDay"), from) : cb.conjunction();
			Predicate before = (to != null) ? cb.lessThanOrEqualTo(root.get("firstDay"), to) : cb.conjunction();
			return cb.and(after, before);
		};
	}

	/**
	 * A collection of the event holds any of these ids; a subquery, so that no event is
	 * counted twice.
	 */
	static Specification<Event> withAny(String collection, List<String> ids) {
		if (ids.isEmpty()) {
			return null;
		}
		return (root, query, cb) -> {
			Subquery<String> matching = query.subquery(String.class);
			Root<Event> event = matching.from(Event.class);
			matching.select(event.get("id")).where(event.join(collection).get("id").in(ids));
			return root.get("id").in(matching);
		};
	}

	/** A claim of the event has any of these verdicts. */
	static Specification<Event> withVerdict(List<Verdict> verdicts) {
		if (verdicts.isEmpty()) {
			return null;
		}
		return (root, query, cb) -> {
			Subquery<String> matching = query.subquery(String.class);
			Root<Claim> claim = matching.from(Claim.class);
			matching.select(claim.get("event").get("id")).where(claim.get("verdict").in(verdicts));
			return root.get("id").in(matching);
		};
	}

	/** As important as the level or more: importance 1 is the most important. */
	static Specification<Event> atLeast(int importance) {
		return (root, query, cb) -> cb.lessThanOrEqualTo(root.get("importance"), importance);
	}

	static Specification<Event> disputed() {
		return (root, query, cb) -> cb.isTrue(root.get("disputed"));
	}

	/** Every word appears in the event's folded text. */
	static Specification<Event> containing(List<String> words) {
		if (words.isEmpty()) {
			return null;
		}
		return (root, query, cb) -> {
			Subquery<String> matching = query.subquery(String.class);
			Root<EventText> text = matching.from(EventText.class);
			matching.select(text.get("eventId"))
				.where(words.stream()
					.map((word) -> cb.like(text.get("text"), "%" + escape(word) + "%", '\\'))
					.toArray(Predicate[]::new));
			return root.get("id").in(matching);
		};
	}

	private static String escape(String word) {
		return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	/**
	 * The period a filter names: a default-scheme period matches the events filed under
	 * it, any other by date.
	 *
	 * @param id the period's id
	 * @param isDefault whether it belongs to the default scheme
	 * @param firstDay its first day
	 * @param lastDay its last day
	 */
	record PeriodScope(String id, boolean isDefault, LocalDate firstDay, LocalDate lastDay) {

	}

}
