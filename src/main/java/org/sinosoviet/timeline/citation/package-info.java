/**
 * Citations of events and sources in the formats people paste and import (Chicago, APA,
 * MLA, BibTeX, RIS, CSL-JSON, page metadata), and exports of any timeline view (CSV,
 * TimelineJS, flashcards, a key-dates sheet).
 */
package org.sinosoviet.timeline.citation;
