package org.dyad.store;

import java.util.List;

/**
 * What differs between the two databases. The tables are the same SQL; DuckDB scans its columns
 * faster than it could use secondary indexes (and they slow its loads), so only PostgreSQL gets them.
 */
enum Dialect {
    DUCKDB(List.of(
            "CREATE INDEX IF NOT EXISTS events_article ON events (article_id)")),
    POSTGRESQL(List.of(
            "CREATE INDEX IF NOT EXISTS events_article ON events (article_id)",
            "CREATE INDEX IF NOT EXISTS events_day ON events (day DESC, event_id)",
            "CREATE INDEX IF NOT EXISTS events_source_country ON events (source_country, day)",
            "CREATE INDEX IF NOT EXISTS events_target_country ON events (target_country, day)",
            "CREATE INDEX IF NOT EXISTS events_source_code ON events (source_code text_pattern_ops)",
            "CREATE INDEX IF NOT EXISTS events_target_code ON events (target_code text_pattern_ops)",
            "CREATE INDEX IF NOT EXISTS events_root_day ON events (cameo_root, day)",
            "CREATE INDEX IF NOT EXISTS articles_url ON articles (url)",
            "CREATE INDEX IF NOT EXISTS articles_hash ON articles (content_hash)"));

    private final List<String> indexes;

    Dialect(List<String> indexes) {
        this.indexes = indexes;
    }

    List<String> indexes() {
        return indexes;
    }
}
