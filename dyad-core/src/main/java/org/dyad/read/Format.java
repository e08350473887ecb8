package org.dyad.read;

/** The input formats that the readers tell apart, and the two they recognise only to refuse. */
enum Format {
    /** House text layout ("# headline – Publisher", date line, body, "Original url:") or plain text. */
    TEXT,
    HTML,
    JSON_LINES,
    PETRARCH_XML,
    /** A web archive, plain or gzipped per record. */
    WARC,
    /** Gzip-compressed, but not a web archive. */
    GZIP,
    BINARY,
    /** One JSON value over many lines, or an array: not one article per line. */
    JSON_DOCUMENT
}
