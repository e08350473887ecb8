/**
 * The {@code dyad} command line: code, demo, bench. Parses options (picocli), wires the pipeline
 * and writes to stdout; diagnostics go to stderr, one line each.
 */
package org.dyad.cli;
