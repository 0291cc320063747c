package org.sinosoviet.timeline.event;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/**
 * The events. Lists fetch each event's period with it; the other collections a view needs
 * load in batches ({@code hibernate.default_batch_fetch_size}), so a page of any size
 * takes a fixed number of queries.
 * <p>
 * No query here is written out: they are criteria, which Hibernate needs no parser for.
 * Spring Data parses a written query ({@code @Query}) with its own ANTLR grammar when the
 * repository is made, and Hibernate with another: on the first request after start-up,
 * which uses this repository, that was three fifths of the time (JFR). The written
 * queries are in {@link ClaimRepository}, which only the claim pages use.
 */
public interface EventRepository extends JpaRepository<Event, String>, JpaSpecificationExecutor<Event> {

	@Override
	@EntityGraph(attributePaths = "period")
	Page<Event> findAll(Specification<Event> specification, Pageable pageable);

	@Override
	@EntityGraph(attributePaths = "period")
	List<Event> findAll(Specification<Event> specification, Sort sort);

	@EntityGraph(attributePaths = "period")
	Optional<Event> findWithPeriodById(String id);

	/**
	 * The live id an old id (an alias) now points to.
	 * @param alias the old id
	 * @return the live id, if the alias is known
	 */
	default Optional<String> findIdByAlias(String alias) {
		return findOne((event, query, builder) -> builder.isMember(alias, event.<Set<String>>get("aliases")))
			.map(Event::getId);
	}

}
