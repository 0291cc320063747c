package org.sinosoviet.timeline.taxonomy;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * The periods of every scheme.
 */
public interface PeriodRepository extends JpaRepository<Period, String> {

	@EntityGraph(attributePaths = "scheme")
	Optional<Period> findWithSchemeById(String id);

	@Query("select p.id from Period p order by p.scheme.position, p.position")
	List<String> findAllIds();

}
