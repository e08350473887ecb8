package org.dyad.spark;

import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

import java.util.List;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

/**
 * The Spark job: read the inputs, code every article with the executor's pipeline, and write three
 * Parquet datasets under the output folder: {@code events/} partitioned by event date ({@code date=…}),
 * {@code articles/} partitioned by publication date ({@code published=…}), and {@code errors/}, one
 * row per input or article that could not be coded.
 */
final class CodeJob {

    /** How a run went: articles coded, events written, inputs or articles not coded, and the first problems. */
    record Outcome(long articles, long events, long failed, List<String> problems) {
    }

    /** How many problems the driver fetches to print; the rest are in {@code errors/}. */
    static final int PROBLEMS_SHOWN = 50;

    private final SparkSession spark;
    private final LexiconChoice lexicons;
    private final int partitions;

    /** {@code partitions} ≤ 0: four per core of the cluster, so that a slow article does not hold up a core's share. */
    CodeJob(SparkSession spark, LexiconChoice lexicons, int partitions) {
        this.spark = spark;
        this.lexicons = lexicons;
        this.partitions = partitions > 0 ? partitions : 4 * spark.sparkContext().defaultParallelism();
    }

    Outcome run(List<String> inputs, String out) {
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Broadcast<LexiconChoice> shipped = context.broadcast(lexicons);
        Dataset<Row> read = new ArticleInputs(spark).read(inputs);
        // Reading is cheap and coding dear: spread the articles evenly before coding, whatever the files' sizes.
        Dataset<Row> coded = read.repartition(partitions)
                .mapPartitions(new CodeArticles(shipped), ArticleRows.encoder(ArticleRows.CODED))
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            Dataset<Row> good = coded.where(col("problem").isNull());
            good.select(explode(col("events")).as("e")).select("e.*")
                    .write().mode(SaveMode.ErrorIfExists).partitionBy("date").parquet(out + "/events");
            good.select(col("article_id"), col("url"), col("input"), col("title"), col("publisher"),
                            col("sentences"), size(col("events")).as("events"), col("text"), col("published"))
                    .write().mode(SaveMode.ErrorIfExists).partitionBy("published").parquet(out + "/articles");
            Dataset<Row> bad = coded.where(col("problem").isNotNull()).select(col("input"), col("problem"));
            bad.coalesce(1).write().mode(SaveMode.ErrorIfExists).parquet(out + "/errors");
            Row counts = coded.agg(
                    sum(when(col("problem").isNull(), 1).otherwise(0)),
                    sum(when(col("problem").isNull(), size(col("events"))).otherwise(0)),
                    sum(when(col("problem").isNotNull(), 1).otherwise(0))).first();
            List<String> problems = bad.limit(PROBLEMS_SHOWN).collectAsList().stream()
                    .map(r -> r.getString(0) + ": " + r.getString(1)).toList();
            return new Outcome(count(counts, 0), count(counts, 1), count(counts, 2), problems);
        } finally {
            coded.unpersist();
            shipped.destroy();
        }
    }

    private static long count(Row row, int i) {
        return row.isNullAt(i) ? 0 : row.getLong(i);
    }
}
