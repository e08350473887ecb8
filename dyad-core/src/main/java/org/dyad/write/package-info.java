/**
 * Writers: events as JSON Lines (the contract of DESIGN.md), GDELT-like TSV, a readable table, and
 * the --explain trace of each sentence. Writers only format; they never decide what is an event.
 */
package org.dyad.write;
