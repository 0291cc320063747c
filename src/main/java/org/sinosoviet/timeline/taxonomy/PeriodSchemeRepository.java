package org.sinosoviet.timeline.taxonomy;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The periodscheme records.
 */
public interface PeriodSchemeRepository extends JpaRepository<PeriodScheme, String> {

}
