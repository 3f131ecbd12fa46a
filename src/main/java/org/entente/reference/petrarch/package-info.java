/**
 * Actor dictionaries in the format of the event coder PETRARCH-2 (the Phoenix dictionaries and an
 * analyst's own): {@link org.entente.reference.petrarch.ActorDictionaryReader} reads a file into
 * entries with their dated role codes, {@link org.entente.reference.petrarch.PhoenixCodes} says which
 * state or organisation a code stands for, and {@link org.entente.reference.petrarch.DictionaryMerge}
 * turns the entries into names, people and non-state actors beside the curated reference tables.
 */
package org.entente.reference.petrarch;
