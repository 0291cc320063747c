/**
 * The vocabularies that events are filed under (periods, themes, actors and places) and
 * their API.
 */
package org.sinosoviet.timeline.taxonomy;
