/**
 * The facts interchange format: Java records for one article's actors, propositions and
 * statements, read and written as JSON with Jackson and validated with errors that name the file,
 * the JSON path, the line and the column. Machine-extracted and hand-curated facts share it.
 */
package org.entente.facts;
