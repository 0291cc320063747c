/**
 * Events, their claims, and the timeline query that pages and the API share.
 */
package org.sinosoviet.timeline.event;
