package org.sinosoviet.timeline.taxonomy;

import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The themes, in their curated order.
 */
public interface ThemeRepository extends JpaRepository<Theme, String> {

	default List<Theme> findAllByOrderByPosition() {
		return findAll(Sort.by("position"));
	}

}
