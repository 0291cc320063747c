/**
 * Events and their claims: the filters as specifications, the read-only service, and the
 * timeline pages and API.
 */
package org.sinosoviet.timeline.event;
