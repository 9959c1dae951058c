/**
 * The wiring: reads the configuration, opens the database, builds the shared parts behind the core contracts,
 * installs every ritual, and serves the one HTTP route table (plus an add-on's routes). Only the top imports it.
 */
package org.kompis.app;
