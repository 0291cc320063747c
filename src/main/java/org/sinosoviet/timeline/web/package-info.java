/**
 * Shared web pieces: request parameter parsing, error responses and headers.
 */
package org.sinosoviet.timeline.web;
