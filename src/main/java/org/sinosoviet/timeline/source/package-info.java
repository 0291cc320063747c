/**
 * The sources that claims cite, and citations of them.
 */
package org.sinosoviet.timeline.source;
