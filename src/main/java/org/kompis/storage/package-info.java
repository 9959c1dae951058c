/**
 * The database: SQLite with its durability settings and migrations, the one-instance lock, and small row helpers
 * for the stores.
 */
package org.kompis.storage;
