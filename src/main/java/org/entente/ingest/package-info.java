/**
 * Ingesting raw articles: read a batch at a time, extracted in parallel, each batch loaded in one
 * transaction. Between {@code extract} and {@code store}, which it uses; {@code cli} and
 * {@code bench} use it, so the benchmark times the loop that ships.
 */
package org.entente.ingest;
