/**
 * Evaluation against PETRARCH validation files: their records with gold event codings, and the
 * scorer that compares coded events with them (record pass rate, exact and root F1, per category).
 */
package org.dyad.eval;
