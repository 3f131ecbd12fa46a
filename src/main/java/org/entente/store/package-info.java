/**
 * Storing article graphs: an embedded TDB2 folder or any SPARQL 1.1 store over the Graph Store
 * Protocol. Loading an article replaces its graph; a batch is checked completely before anything
 * is written, and on TDB2 it is written in one transaction.
 */
package org.entente.store;
