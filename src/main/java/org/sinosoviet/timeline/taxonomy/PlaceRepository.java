package org.sinosoviet.timeline.taxonomy;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The place records.
 */
public interface PlaceRepository extends JpaRepository<Place, String> {

}
