/**
 * The worker threads that do a request's work after Bolt's ack, shared fairly between workspaces: a lane per
 * workspace, served in turn ({@link org.kompis.workers.Workers}), and the workspace the current thread works for
 * ({@link org.kompis.workers.CurrentWorkspace}), which the wiring sets for each request and the scheduler for each
 * run. It depends on nothing else in Kompis.
 */
package org.kompis.workers;
