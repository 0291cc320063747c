package org.sinosoviet.timeline.event;

import java.util.Collection;
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
	 * Every event's folded search text.
	 * @return the texts
	 */
	@Query("select t from EventText t")
	List<EventText> findAllTexts();

	/**
	 * The claims that belong to a dispute, with their events, in date order.
	 * @return the disputed claims
	 */
	@Query("select c from Claim c join fetch c.event e where c.dispute is not null order by e.position, c.position")
	List<Claim> findDisputedClaims();

	/**
	 * Claims with any of some verdicts (or any claim, if {@code anyVerdict}) that cite
	 * any of some sources (or any source, if {@code anySource}), with their events, in
	 * date order.
	 */
	@Query(value = "select c from Claim c join fetch c.event e where (:anyVerdict = true or c.verdict in :verdicts) "
			+ "and (:anySource = true or c in (select d from Claim d join d.citations t where t.source.id in :sources)) "
			+ "order by e.position, c.position",
			countQuery = "select count(c) from Claim c where (:anyVerdict = true or c.verdict in :verdicts) "
					+ "and (:anySource = true or c in (select d from Claim d join d.citations t "
					+ "where t.source.id in :sources))")
	Page<Claim> findClaims(boolean anyVerdict, Collection<Verdict> verdicts, boolean anySource,
			Collection<String> sources, Pageable pageable);

	/**
	 * The claims citing a source, with their events, in date order.
	 * @param source the source's id
	 * @return the claims
	 */
	@Query("select c from Claim c join fetch c.event e where c in "
			+ "(select d from Claim d join d.citations t where t.source.id = :source) order by e.position, c.position")
	List<Claim> findClaimsCiting(String source);

}
