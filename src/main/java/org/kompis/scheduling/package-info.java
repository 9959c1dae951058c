/**
 * Kompis's own schedule and timer tables, fired by Quartz: wall-clock recurrences in a zone (correct across DST),
 * holiday calendars, catch-up after downtime within a grace period, each run claimed once in the database.
 */
package org.kompis.scheduling;
