/** Full-text search over the stored articles with Lucene: an index beside the database, rebuilt from it when behind. */
package org.dyad.search;
