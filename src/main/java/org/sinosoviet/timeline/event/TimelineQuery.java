package org.sinosoviet.timeline.event;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place that interprets timeline filters. Read-only, and it returns records,
 * never entities.
 */
@Service
@Transactional(readOnly = true)
public class TimelineQuery {

	/** Chronological order: by earliest day, then latest day, then id. */
	static final Sort CHRONOLOGICAL = Sort.by("firstDay", "lastDay", "id");

	private final EventRepository events;

	TimelineQuery(EventRepository events) {
		this.events = events;
	}

	/**
	 * One page of the events that match a filter, in date order.
	 * @param filter the filter
	 * @param page the 0-based page number
	 * @param size the page size
	 * @return the page
	 */
	public Page<EventSummary> events(TimelineFilter filter, int page, int size) {
		return this.events.findAll(filter.toSpecification(), PageRequest.of(page, size, CHRONOLOGICAL))
			.map(EventSummary::of);
	}

	/**
	 * Every event that matches a filter, in date order.
	 * @param filter the filter
	 * @return the events
	 */
	public List<EventSummary> timeline(TimelineFilter filter) {
		return this.events.findAll(filter.toSpecification(), CHRONOLOGICAL).stream().map(EventSummary::of).toList();
	}

	/**
	 * The event with this id.
	 * @param id a live event id
	 * @return the event, or empty if no event has this id
	 */
	public Optional<EventDetail> event(String id) {
		return this.events.findById(id).map(EventDetail::of);
	}

	/**
	 * The live id that an old id now points to.
	 * @param alias an old id
	 * @return the live id, or empty if it is not an alias
	 */
	public Optional<String> aliasTarget(String alias) {
		return this.events.findIdByAlias(alias);
	}

}
