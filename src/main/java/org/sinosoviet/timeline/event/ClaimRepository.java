package org.sinosoviet.timeline.event;

import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * The claims, each with its event, for the pages about claims and disputes. Their queries
 * are written out, so they are parsed when this repository is first used, not on the
 * first request after start-up ({@link EventRepository}).
 */
interface ClaimRepository extends Repository<Claim, String> {

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
