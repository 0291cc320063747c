package org.sinosoviet.timeline.taxonomy;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * The places, in order of their folded names.
 */
public interface PlaceRepository extends JpaRepository<Place, String> {

	List<Place> findAllByOrderByPosition();

	@Query("select r.id from Place r order by r.position")
	List<String> findAllIds();

}
