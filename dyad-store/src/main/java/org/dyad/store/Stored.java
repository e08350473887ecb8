package org.dyad.store;

import org.dyad.model.Article;
import org.dyad.model.ArticleIds;
import org.dyad.pipeline.ArticleResult;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The stored articles a batch could meet again (same content, id or URL), looked up in a few
 * queries for the whole batch and kept up to date as the batch adds and replaces articles.
 */
final class Stored {

    private record Row(String id, String url, String hash, int events) {
    }

    private static final int CHUNK = 300;

    private final Map<String, Row> byId = new HashMap<>();
    private final Map<String, Row> byHash = new HashMap<>();
    private final Map<String, Row> byUrl = new HashMap<>();

    static Stored find(Connection c, List<ArticleResult> results) throws SQLException {
        Stored s = new Stored();
        List<Article> articles = results.stream().map(r -> r.annotated().article()).toList();
        for (int from = 0; from < articles.size(); from += CHUNK) {
            List<Article> chunk = articles.subList(from, Math.min(articles.size(), from + CHUNK));
            List<Object> params = new ArrayList<>();
            chunk.forEach(a -> params.add(ArticleIds.sha256(a.text())));
            chunk.forEach(a -> params.add(a.id()));
            List<String> urls = chunk.stream().map(Article::url).filter(u -> u != null).toList();
            params.addAll(urls);
            String sql = "SELECT id, url, content_hash, events FROM articles WHERE content_hash IN (" + Params.marks(chunk.size())
                    + ") OR id IN (" + Params.marks(chunk.size()) + ")" + (urls.isEmpty() ? "" : " OR url IN (" + Params.marks(urls.size()) + ")");
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                Params.bind(ps, params);
                try (ResultSet r = ps.executeQuery()) {
                    while (r.next()) {
                        s.put(new Row(r.getString(1), r.getString(2), r.getString(3), r.getInt(4)));
                    }
                }
            }
        }
        return s;
    }

    private void put(Row row) {
        byId.put(row.id(), row);
        byHash.putIfAbsent(row.hash(), row);
        if (row.url() != null) {
            byUrl.put(row.url(), row);
        }
    }

    /** The events stored with an article of this content, or null when there is none. */
    Integer eventsWithHash(String hash) {
        Row r = byHash.get(hash);
        return r == null ? null : r.events();
    }

    /** Ids of stored articles the given one replaces: the same URL, or the same id. */
    List<String> sameArticle(Article a) {
        Set<String> ids = new LinkedHashSet<>();
        if (byId.containsKey(a.id())) {
            ids.add(a.id());
        }
        if (a.url() != null && byUrl.containsKey(a.url())) {
            ids.add(byUrl.get(a.url()).id());
        }
        return List.copyOf(ids);
    }

    void forget(String id) {
        Row r = byId.remove(id);
        if (r != null) {
            byHash.remove(r.hash(), r);
            if (r.url() != null) {
                byUrl.remove(r.url(), r);
            }
        }
    }

    void remember(Article a, String hash, int events) {
        put(new Row(a.id(), a.url(), hash, events));
    }
}
