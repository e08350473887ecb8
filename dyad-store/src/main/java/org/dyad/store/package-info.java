/**
 * The event store: articles and their coded events in DuckDB (embedded, the default) or PostgreSQL
 * (a shared server), with the articles' text searchable through a Lucene index beside the database.
 * {@link org.dyad.store.EventStore} is the whole public surface.
 */
package org.dyad.store;
