/**
 * {@code /kompis privacy}: what Kompis stores about me, export and deletion, built over every ritual's
 * {@link org.kompis.core.PersonalData}; and the nightly retention purge.
 */
package org.kompis.privacy;
