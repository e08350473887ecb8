/**
 * Reading inputs into Articles: house text, plain text, HTML, JSON Lines and PETRARCH XML,
 * told apart by content. {@link org.dyad.read.ArticleSource} is the entry point; a bad input
 * becomes a one-line {@link org.dyad.read.ReadOutcome.Unreadable}, never an exception.
 * Depends on the model, the time package, jsoup, readability4j and Jackson.
 */
package org.dyad.read;
