package org.sinosoviet.timeline.source;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The sources.
 */
public interface SourceRepository extends JpaRepository<Source, String> {

}
