/**
 * Reading Dyad's own lexicon files: one entry a line, fields separated by " | ", alternatives by "; ".
 * The format is documented in docs/lexicons.md. Depends only on the JDK.
 */
package org.dyad.lexicon;
