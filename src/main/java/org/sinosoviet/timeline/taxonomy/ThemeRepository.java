package org.sinosoviet.timeline.taxonomy;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * The themes, in their curated order.
 */
public interface ThemeRepository extends JpaRepository<Theme, String> {

	List<Theme> findAllByOrderByPosition();

	@Query("select r.id from Theme r order by r.position")
	List<String> findAllIds();

}
