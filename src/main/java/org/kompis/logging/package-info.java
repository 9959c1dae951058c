/**
 * How Kompis logs: plain lines for people by default, one JSON object a line for log collectors with
 * {@code KOMPIS_LOG_FORMAT=json}; the level from {@code KOMPIS_LOG_LEVEL}. Set up in code when logging starts.
 */
package org.kompis.logging;
