package org.sinosoviet.timeline.taxonomy;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The period records.
 */
public interface PeriodRepository extends JpaRepository<Period, String> {

}
