/**
 * The wiring: reads the configuration, opens the database, builds every port once ({@link org.kompis.app.Kit}, seen
 * by the wiring only), hands them to the rituals the top builds, and serves the one HTTP route table (plus an
 * add-on's routes). Only the top and the sandbox import it.
 */
package org.kompis.app;
