/**
 * Language-aware analysis of lesson text, the same at index and at query time: words normalised ({@link Words}),
 * their stems in Norwegian, Swedish and English folded to one spelling ({@link Stems}), and the parts of Norwegian
 * and Swedish compounds ({@link Decompounder}). Pure Java over Lucene's stemmers; no database here, so SQLite and
 * PostgreSQL index the very same terms.
 */
package org.kompis.lessons.analysis;
