/**
 * The one slash-command dispatcher behind {@link org.kompis.core.Commands} (acknowledge at once, handle on a
 * worker; {@code /kompis <ritual> ...} equals {@code /<ritual> ...}), help, and {@code /kompis language}.
 */
package org.kompis.commands;
