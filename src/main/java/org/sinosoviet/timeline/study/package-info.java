/**
 * Study mode: exercises and revision sheets generated from the timeline's data, chosen by
 * a seed so that a set can be shared.
 */
package org.sinosoviet.timeline.study;
