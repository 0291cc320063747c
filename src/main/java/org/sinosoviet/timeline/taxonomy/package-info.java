/**
 * The vocabularies that events are filed under: periods, themes, actors and places.
 */
package org.sinosoviet.timeline.taxonomy;
