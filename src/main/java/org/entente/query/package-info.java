/**
 * Named queries: the {@code queries/*.rq} files with their header (title, description,
 * parameters), bound safely by substitution into the parsed query, and results as a table, CSV,
 * TSV or JSON. The CLI and the server list and run the same files.
 */
package org.entente.query;
