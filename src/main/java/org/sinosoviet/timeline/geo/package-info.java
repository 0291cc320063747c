/**
 * The map's projection, shared by the base map drawn at build time and the markers drawn
 * on each page.
 */
package org.sinosoviet.timeline.geo;
