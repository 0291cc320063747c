package org.sinosoviet.timeline.source;

import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The sources.
 */
public interface SourceRepository extends JpaRepository<Source, String> {

	/**
	 * Every source in bibliography order: by type, then first author or title.
	 * @return the sources
	 */
	default List<Source> findAllByOrderByPosition() {
		return findAll(Sort.by("position"));
	}

}
