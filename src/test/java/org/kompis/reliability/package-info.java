/**
 * Tests of what Kompis guarantees under faults (README > What Kompis guarantees): each injects its fault, a failing
 * database, a Slack that answers 429, 500 or slowly, a moved clock, a killed process, and fails without the fix.
 */
package org.kompis.reliability;
