/**
 * The lessons library: one store for what every ritual learns, full-text search that any typed text is safe to query,
 * and visibility that follows the Slack channel a lesson came from. No Slack calls here: the Slack side resolves
 * names and channel membership and passes them in.
 */
package org.kompis.lessons;
