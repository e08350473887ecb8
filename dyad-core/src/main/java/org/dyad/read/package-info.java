/**
 * Reading inputs into Articles: house text, plain text, HTML, JSON Lines, PETRARCH XML and WARC
 * web archives (plain or gzipped), told apart by content. {@link org.dyad.read.ArticleSource} is
 * the entry point; a bad input becomes a one-line {@link org.dyad.read.ReadOutcome.Unreadable},
 * never an exception. {@link org.dyad.read.WebPageReader} reads one page fetched over HTTP.
 * Depends on the model, the time package, jsoup, readability4j, Jackson and jwarc.
 */
package org.dyad.read;
