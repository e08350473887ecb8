/**
 * Polling RSS and Atom feeds: conditional GETs, new items found by link and content hash, their
 * pages fetched politely and read into articles, handed to a sink that codes and stores them.
 * What has been seen persists in a small JSON file, so a restart fetches nothing twice.
 */
package org.dyad.feed;
