/**
 * Historical dates in the Extended Date/Time Format, with their precision and bounds.
 */
package org.sinosoviet.timeline.date;
