package org.dyad.store;

/** What storing one article did: its id, whether it was new, already there or replaced, and its events stored. */
public record IngestResult(String articleId, Status status, int events) {

    public enum Status { ADDED, UNCHANGED, REPLACED }
}
