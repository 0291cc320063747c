package org.sinosoviet.timeline.taxonomy;

import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The periods of every scheme.
 */
public interface PeriodRepository extends JpaRepository<Period, String> {

	@EntityGraph(attributePaths = "scheme")
	Optional<Period> findWithSchemeById(String id);

}
