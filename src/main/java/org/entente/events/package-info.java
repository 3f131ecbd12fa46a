/**
 * Import: the event datasets analysts already have (GDELT 1.0 and 2.0 event exports, ICEWS coded
 * event files, PLOVER/POLECAT JSON records) read a row at a time into {@link org.entente.events.CodedEvent}s,
 * their CAMEO actor codes and names resolved to the reference tables' states and organisations, their
 * event codes to Entente act types, CAMEO codes and PLOVER types ({@code data/event-codes/}). Bad rows
 * are reported with their file, line and field, never stop a read.
 */
package org.entente.events;
