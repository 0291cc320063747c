package org.sinosoviet.timeline.event;

import java.util.List;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The events.
 */
public interface EventRepository extends JpaRepository<Event, String> {

	/**
	 * Every event with its period and claims; other collections load in batches.
	 * @return all events
	 */
	@EntityGraph(attributePaths = { "period", "claims" })
	List<Event> findAllBy();

}
