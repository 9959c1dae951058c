/**
 * The top of the house: {@link org.kompis.Main} starts Kompis (or the sandbox) from the environment, and
 * {@link org.kompis.Rituals} is the one list of rituals, where they are built and handed what they need. Nothing
 * below imports this package.
 */
package org.kompis;
