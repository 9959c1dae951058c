/**
 * The lessons library: one store for what every ritual learns, full-text search that any typed text is safe to query,
 * and visibility that follows the Slack channel a lesson came from. {@link org.kompis.lessons.LessonStore} and
 * {@link org.kompis.lessons.LessonSearch} make no Slack calls: the Slack side
 * ({@link org.kompis.lessons.LessonsRitual}: {@code /lessons}, App Home, digest, export) resolves names and channel
 * membership and passes them in.
 */
package org.kompis.lessons;
