/**
 * The {@code bench} measurements: one run on a generated corpus measures extraction, bulk load,
 * ingest end to end, incremental reload, named queries, memory and disk, each figure beside a
 * baseline measured in the same run, and writes a report (Markdown and JSON).
 */
package org.entente.bench;
