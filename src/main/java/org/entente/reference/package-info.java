/**
 * Reference knowledge: the hand-curated tables of {@code data/reference/} (states, organisations,
 * memberships over time, decisions, treaties and their parties, offices, people and tenures), read
 * and checked as a whole, and the {@link org.entente.reference.Gazetteer} built from them that
 * resolves names, aliases, demonyms, capitals, people and offices to actors on a date. Plain Java:
 * the RDF of the tables is made in {@code org.entente.rdf}.
 */
package org.entente.reference;
