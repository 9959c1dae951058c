/**
 * Commands for whoever runs Kompis, beside the server: {@code kompis backup <file>} (SQLite) and
 * {@code kompis migrate --from <sqlite url> --to <postgresql url>}.
 */
package org.kompis.admin;
