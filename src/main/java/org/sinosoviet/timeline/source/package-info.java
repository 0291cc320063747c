/**
 * The sources that claims cite, citations of them, and the bibliography's pages and API.
 */
package org.sinosoviet.timeline.source;
