/**
 * The six thinking hats ritual (de Bono), as the KS course runs it: a group looks at one change at work through
 * each hat in turn ({@link org.kompis.sixhats.HatByHat}), or splits into threes with one hat each
 * ({@link org.kompis.sixhats.HatDealer}). The pure logic stands alone; {@link org.kompis.sixhats.SixHatsRitual}
 * wires it to Slack, and a finished exercise leaves a lesson for the library.
 */
package org.kompis.sixhats;
