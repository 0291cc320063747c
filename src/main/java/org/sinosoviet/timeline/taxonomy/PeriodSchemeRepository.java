package org.sinosoviet.timeline.taxonomy;

import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The period schemes, each with its periods.
 */
public interface PeriodSchemeRepository extends JpaRepository<PeriodScheme, String> {

	default List<PeriodScheme> findAllByOrderByPosition() {
		return findAll(Sort.by("position"));
	}

}
