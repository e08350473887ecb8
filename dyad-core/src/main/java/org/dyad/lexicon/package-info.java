/**
 * Reading Dyad's own lexicon files (one entry a line, fields separated by " | ", alternatives by
 * "; "; documented in docs/lexicons.md), the cue words that shape how predications are read, and
 * word forms the lexicons share. Depends only on the JDK and the model.
 */
package org.dyad.lexicon;
