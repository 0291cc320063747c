package org.sinosoviet.timeline.taxonomy;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * The actors, in order of their folded names.
 */
public interface ActorRepository extends JpaRepository<Actor, String> {

	List<Actor> findAllByOrderByPosition();

	@Query("select r.id from Actor r order by r.position")
	List<String> findAllIds();

}
