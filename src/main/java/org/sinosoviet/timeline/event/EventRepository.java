package org.sinosoviet.timeline.event;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

/**
 * The events.
 */
public interface EventRepository extends JpaRepository<Event, String>, JpaSpecificationExecutor<Event> {

	@Override
	@EntityGraph(attributePaths = "period")
	Page<Event> findAll(Specification<Event> specification, Pageable pageable);

	@Override
	@EntityGraph(attributePaths = "period")
	List<Event> findAll(Specification<Event> specification, Sort sort);

	@Query("select e.id from Event e join e.aliases a where a = :alias")
	Optional<String> findIdByAlias(String alias);

}
