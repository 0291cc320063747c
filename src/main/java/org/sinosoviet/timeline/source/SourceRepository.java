package org.sinosoviet.timeline.source;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * The sources.
 */
public interface SourceRepository extends JpaRepository<Source, String> {

	/**
	 * Every source in bibliography order: by type, then first author or title.
	 * @return the sources
	 */
	List<Source> findAllByOrderByPosition();

	/**
	 * Every source's id, in bibliography order.
	 * @return the ids
	 */
	@Query("select s.id from Source s order by s.position")
	List<String> findAllIds();

}
