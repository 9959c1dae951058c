/**
 * {@code /kompis privacy}: what Kompis stores about me, export and deletion, built over every ritual's
 * {@link org.kompis.core.PersonalData}; and the retention purge, each workspace at night in its own zone.
 */
package org.kompis.privacy;
