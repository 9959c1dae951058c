/**
 * The six thinking hats ritual (de Bono), as the KS course runs it: a group looks at one change at work through
 * each hat in turn ({@link org.kompis.sixhats.HatByHat}), or splits into threes with one hat each
 * ({@link org.kompis.sixhats.HatDealer}). Pure logic and text keys only: no Slack, no storage.
 */
package org.kompis.sixhats;
