package org.dyad.spark;

import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.encoders.RowEncoder;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.dyad.model.Article;
import org.dyad.read.ReadOutcome;

import java.sql.Date;

/**
 * Articles as Spark rows, at the two points where they cross a shuffle: read (an article, or the
 * problem of an input that gave none) and coded (the article with its events, or why it was not coded).
 */
final class ArticleRows {

    private static final StructField[] ARTICLE = {
            DataTypes.createStructField("input", DataTypes.StringType, false),
            DataTypes.createStructField("article_id", DataTypes.StringType, true),
            DataTypes.createStructField("url", DataTypes.StringType, true),
            DataTypes.createStructField("title", DataTypes.StringType, true),
            DataTypes.createStructField("publisher", DataTypes.StringType, true),
            DataTypes.createStructField("published", DataTypes.DateType, true),
            DataTypes.createStructField("text", DataTypes.StringType, true)};

    /** What reading gave: the article's fields, or only {@code input} and {@code problem}. */
    static final StructType READ = new StructType(ARTICLE)
            .add("problem", DataTypes.StringType, true);

    /** What coding gave: the article, its sentence count and events, or the problem that stopped it. */
    static final StructType CODED = new StructType(ARTICLE)
            .add("sentences", DataTypes.IntegerType, true)
            .add("events", DataTypes.createArrayType(EventRows.SCHEMA, false), true)
            .add("problem", DataTypes.StringType, true);

    private ArticleRows() {
    }

    /**
     * A row encoder that takes dates as {@code java.sql.Date} or {@code LocalDate}, whichever
     * {@code spark.sql.datetime.java8API.enabled} makes Spark hand over.
     */
    static Encoder<Row> encoder(StructType schema) {
        return RowEncoder.encoderFor(schema, true);
    }

    static Row read(ReadOutcome outcome) {
        if (outcome instanceof ReadOutcome.Read r) {
            Article a = r.article();
            return new GenericRowWithSchema(new Object[] {a.input(), a.id(), a.url(), a.title(), a.publisher(),
                    a.published() == null ? null : Date.valueOf(a.published()), a.text(), null}, READ);
        }
        ReadOutcome.Unreadable u = (ReadOutcome.Unreadable) outcome;
        return problem(u.input(), u.problem());
    }

    static Row problem(String input, String problem) {
        return new GenericRowWithSchema(new Object[] {input, null, null, null, null, null, null, problem}, READ);
    }

    /** The problem of a read row, or null when it holds an article. */
    static String problemOf(Row read) {
        int i = read.fieldIndex("problem");
        return read.isNullAt(i) ? null : read.getString(i);
    }

    static String inputOf(Row read) {
        return read.getString(read.fieldIndex("input"));
    }

    static Article article(Row read) {
        Object published = read.get(read.fieldIndex("published"));
        java.time.LocalDate date = published instanceof Date d ? d.toLocalDate() : (java.time.LocalDate) published;
        return new Article(read.getString(read.fieldIndex("article_id")), read.getString(read.fieldIndex("url")),
                inputOf(read), read.getString(read.fieldIndex("title")), read.getString(read.fieldIndex("publisher")),
                date, read.getString(read.fieldIndex("text")));
    }

    static Row coded(Row read, int sentences, java.util.List<Row> events) {
        Object[] values = new Object[CODED.size()];
        for (int i = 0; i < ARTICLE.length; i++) {
            values[i] = read.get(i);
        }
        values[ARTICLE.length] = sentences;
        values[ARTICLE.length + 1] = scala.jdk.javaapi.CollectionConverters.asScala(events).toSeq();
        return new GenericRowWithSchema(values, CODED);
    }

    static Row notCoded(String input, String problem) {
        Object[] values = new Object[CODED.size()];
        values[0] = input;
        values[CODED.size() - 1] = problem;
        return new GenericRowWithSchema(values, CODED);
    }
}
