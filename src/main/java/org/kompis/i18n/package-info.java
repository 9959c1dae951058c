/**
 * Languages and texts: the three first-class languages, the message bundles ({@code en}, {@code nb}, {@code sv}),
 * and which language to speak to a person or in a channel.
 */
package org.kompis.i18n;
