package org.sinosoviet.timeline.event;

import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Repository;

/**
 * Runs an event specification for the ids it matches, in date order, and nothing else.
 * Lists need no entities: each event's summary is built once ({@link EventService}), so a
 * filtered list costs one query of ids instead of loading events and their collections.
 */
@Repository
class EventIds {

	private final EntityManager entityManager;

	EventIds(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	List<String> matching(Specification<Event> specification, boolean descending) {
		CriteriaBuilder cb = this.entityManager.getCriteriaBuilder();
		CriteriaQuery<String> query = cb.createQuery(String.class);
		Root<Event> event = query.from(Event.class);
		Predicate where = specification.toPredicate(event, query, cb);
		if (where != null) {
			query.where(where);
		}
		query.select(event.get("id"))
			.orderBy(descending ? cb.desc(event.get("position")) : cb.asc(event.get("position")));
		return this.entityManager.createQuery(query).getResultList();
	}

}
