package org.entente.server;

import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Fuseki's query service with a cap on the rows a query can return: a query without a LIMIT, or
 * with a larger one, gets {@code LIMIT max}. The query is parsed per request, so the change is local.
 */
final class LimitedQueryService extends SPARQL_QueryDataset {

    private final long maxRows;

    LimitedQueryService(long maxRows) {
        this.maxRows = maxRows;
    }

    @Override
    protected Pair<DatasetGraph, Query> decideDataset(HttpAction action, Query query, String queryStringLog) {
        Pair<DatasetGraph, Query> decided = super.decideDataset(action, query, queryStringLog);
        Query chosen = decided.getRight();
        if (chosen.isSelectType() && (!chosen.hasLimit() || chosen.getLimit() > maxRows)) {
            chosen.setLimit(maxRows);
        }
        return decided;
    }
}
