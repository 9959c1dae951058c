/** Several Kompis replicas on one PostgreSQL database: once-only posts, runs and takeovers. */
package org.kompis.replicas;
