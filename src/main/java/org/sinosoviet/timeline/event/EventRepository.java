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
 * The events. Lists fetch each event's period with it; the other collections a view needs
 * load in batches ({@code hibernate.default_batch_fetch_size}), so a page of any size
 * takes a fixed number of queries.
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
	@Query("select e.id from Event e join e.aliases a where a = :alias")
	Optional<String> findIdByAlias(String alias);

	/**
	 * The claims that belong to a dispute, with their events, in date order.
	 * @return the disputed claims
	 */
	@Query("select c from Claim c join fetch c.event e where c.dispute is not null order by e.position, c.position")
	List<Claim> findDisputedClaims();

	/**
	 * The claims citing a source, with their events, in date order.
	 * @param source the source's id
	 * @return the claims
	 */
	@Query("select c from Claim c join fetch c.event e where c in "
			+ "(select d from Claim d join d.citations t where t.source.id = :source) order by e.position, c.position")
	List<Claim> findClaimsCiting(String source);

}
