package org.sinosoviet.timeline.event;

import java.util.List;

import org.springframework.data.repository.Repository;

/**
 * Every event's folded search text, for the filters' index ({@link EventIndex}).
 */
public interface EventTextRepository extends Repository<EventText, String> {

	/**
	 * Every event's folded search text.
	 * @return the texts
	 */
	List<EventText> findAll();

}
