package org.sinosoviet.timeline.taxonomy;

import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The actors, in order of their folded names.
 */
public interface ActorRepository extends JpaRepository<Actor, String> {

	default List<Actor> findAllByOrderByPosition() {
		return findAll(Sort.by("position"));
	}

}
