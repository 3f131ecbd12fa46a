/**
 * The embedded Fuseki server: the dataset at {@code /entente}, read-only, with a query timeout and
 * a cap on result rows.
 */
package org.entente.server;
