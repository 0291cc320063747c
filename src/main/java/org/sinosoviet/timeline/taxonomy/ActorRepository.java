package org.sinosoviet.timeline.taxonomy;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The actor records.
 */
public interface ActorRepository extends JpaRepository<Actor, String> {

}
