/**
 * The weekly reflection ritual: a short prompt in a channel on a schedule or at {@code /reflect now}, answered in a
 * modal, shared answers threaded under the prompt and kept as lessons, one reminder in the thread. Prompts come
 * from {@code prompts/<lang>.txt} next to the config file (else {@code config/prompts} in the working directory)
 * and rotate per channel; posts go through the shared outbox ({@link org.kompis.delivery}).
 */
package org.kompis.reflection;
