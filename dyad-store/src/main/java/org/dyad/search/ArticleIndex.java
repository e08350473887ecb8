package org.dyad.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The articles of a store in a Lucene index: title and text searchable with Lucene's query syntax
 * (English stemming), one document per article id. Writes are committed by the caller after the
 * database transaction they follow, so the index is never ahead of the database.
 */
public final class ArticleIndex implements AutoCloseable {

    private static final String ID = "id";
    private static final String TITLE = "title";
    private static final String TEXT = "text";
    private static final String URL = "url";
    private static final String PUBLISHED = "published";
    private static final int SNIPPET = 240;

    private final Directory directory;
    private final Analyzer analyzer = new EnglishAnalyzer();
    private final IndexWriter writer;
    private final SearcherManager searchers;

    private ArticleIndex(Directory directory) throws IOException {
        this.directory = directory;
        this.writer = new IndexWriter(directory, new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
        this.searchers = new SearcherManager(writer, null);
    }

    /** The index in a folder (created when missing). Throws an IOException when another process holds it. */
    public static ArticleIndex open(Path folder) throws IOException {
        Files.createDirectories(folder);
        return new ArticleIndex(FSDirectory.open(folder));
    }

    /** An index in memory, for stores that live in memory too. */
    public static ArticleIndex inMemory() {
        try {
            return new ArticleIndex(new ByteBuffersDirectory());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds or replaces the articles, and removes the ids given as gone; visible after {@link #commit}. */
    public void update(Collection<IndexedArticle> articles, Collection<String> gone) throws IOException {
        for (String id : gone) {
            writer.deleteDocuments(new Term(ID, id));
        }
        for (IndexedArticle a : articles) {
            writer.updateDocument(new Term(ID, a.id()), document(a));
        }
    }

    public void commit() throws IOException {
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    /** Empties the index (committed with the next {@link #commit}). */
    public void clear() throws IOException {
        writer.deleteAll();
    }

    /** Articles in the committed index. */
    public long count() throws IOException {
        IndexSearcher s = searchers.acquire();
        try {
            return s.getIndexReader().numDocs();
        } finally {
            searchers.release(s);
        }
    }

    /** The best matches of a Lucene query over title and text, a page of them. */
    public List<Hit> search(String query, int limit, int offset) throws IOException {
        Query q = parse(query);
        IndexSearcher s = searchers.acquire();
        try {
            TopDocs top = s.search(q, Math.max(1, offset + limit));
            List<Hit> hits = new ArrayList<>();
            ScoreDoc[] docs = top.scoreDocs;
            for (int i = offset; i < docs.length && hits.size() < limit; i++) {
                Document d = s.storedFields().document(docs[i].doc);
                String text = d.get(TEXT);
                String published = d.get(PUBLISHED);
                hits.add(new Hit(d.get(ID), d.get(TITLE), d.get(URL), published == null ? null : LocalDate.parse(published),
                        docs[i].score, text == null ? null : snippet(text)));
            }
            return hits;
        } finally {
            searchers.release(s);
        }
    }

    /** The ids of the articles matching a query (at most {@code max} of them, best first). */
    public List<String> ids(String query, int max) throws IOException {
        Query q = parse(query);
        IndexSearcher s = searchers.acquire();
        try {
            TopDocs top = s.search(q, max);
            List<String> ids = new ArrayList<>(top.scoreDocs.length);
            for (ScoreDoc d : top.scoreDocs) {
                ids.add(s.storedFields().document(d.doc, java.util.Set.of(ID)).get(ID));
            }
            return ids;
        } finally {
            searchers.release(s);
        }
    }

    private Query parse(String query) {
        if (query == null || query.isBlank()) {
            throw new BadSearchException("empty query: give words to search for");
        }
        QueryParser parser = new MultiFieldQueryParser(new String[] {TITLE, TEXT}, analyzer);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        try {
            return parser.parse(query);
        } catch (ParseException | RuntimeException e) {
            String first = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
            throw new BadSearchException("cannot read the search '" + query + "' (" + first
                    + "); quote phrases and escape + - ! ( ) : ^ [ ] \" { } ~ * ? \\ /");
        }
    }

    private static Document document(IndexedArticle a) {
        Document d = new Document();
        d.add(new StringField(ID, a.id(), Field.Store.YES));
        if (a.title() != null) {
            d.add(new TextField(TITLE, a.title(), Field.Store.YES));
        }
        d.add(new TextField(TEXT, a.text(), Field.Store.YES));
        if (a.url() != null) {
            d.add(new StoredField(URL, a.url()));
        }
        if (a.published() != null) {
            d.add(new StoredField(PUBLISHED, a.published().toString()));
        }
        return d;
    }

    private static String snippet(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= SNIPPET ? flat : flat.substring(0, SNIPPET - 1) + "…";
    }

    @Override
    public void close() throws IOException {
        searchers.close();
        writer.close();
        directory.close();
    }
}
