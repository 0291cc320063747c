package org.sinosoviet.timeline.taxonomy;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The theme records.
 */
public interface ThemeRepository extends JpaRepository<Theme, String> {

}
