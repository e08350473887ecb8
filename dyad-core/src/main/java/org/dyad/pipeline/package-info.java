/**
 * The pipeline: the stages wired in the order of DESIGN.md's diagram (annotate, extract, code,
 * dedupe), the lexicons they share, and an order-keeping parallel runner over articles.
 */
package org.dyad.pipeline;
