/**
 * What several Kompis replicas on one database need to know of each other and of the database: which one this is and
 * which are alive ({@link org.kompis.cluster.Replica}), and which SQL dialect they share
 * ({@link org.kompis.cluster.Dialect}). A leaf: it depends on no other Kompis package.
 */
package org.kompis.cluster;
