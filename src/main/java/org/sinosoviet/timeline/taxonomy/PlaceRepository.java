package org.sinosoviet.timeline.taxonomy;

import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The places, in order of their folded names.
 */
public interface PlaceRepository extends JpaRepository<Place, String> {

	default List<Place> findAllByOrderByPosition() {
		return findAll(Sort.by("position"));
	}

}
