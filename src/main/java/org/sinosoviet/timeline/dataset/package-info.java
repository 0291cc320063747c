/**
 * Reads the curated YAML under the data directory, checks all of it, and loads it into
 * the database at start-up, or refuses to start with every problem listed.
 */
package org.sinosoviet.timeline.dataset;
