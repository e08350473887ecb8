package org.dyad.spark;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.dyad.read.ArticleRecord;
import org.dyad.read.ArticleSource;
import org.dyad.read.ReadOutcome;
import scala.Tuple2;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.lit;

/**
 * Turns the inputs a user names (Hadoop paths: local, HDFS, S3…; files, folders, globs) into one
 * dataset of read rows. Parquet goes through Spark's reader, column by column; every other file goes
 * whole, as bytes, to dyad-core's {@link ArticleSource}, which tells its format from its content as
 * the command line does (text, HTML, JSON Lines, PETRARCH XML, and whatever formats it learns later).
 * A path that gives nothing becomes a row with its problem.
 */
final class ArticleInputs {

    private static final List<String> COLUMNS = List.of("id", "url", "title", "publisher", "published", "text");

    private final SparkSession spark;
    private final JavaSparkContext context;

    ArticleInputs(SparkSession spark) {
        this.spark = spark;
        this.context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        // A folder is read with its subfolders, as the command line reads it.
        context.hadoopConfiguration().setBoolean("mapreduce.input.fileinputformat.input.dir.recursive", true);
    }

    Dataset<Row> read(List<String> inputs) {
        List<Dataset<Row>> parts = new ArrayList<>();
        List<Row> problems = new ArrayList<>();
        for (String input : inputs) {
            try {
                Dataset<Row> part = readInput(input, problems);
                if (part != null) {
                    parts.add(part);
                }
            } catch (IOException | IllegalArgumentException e) {
                problems.add(ArticleRows.problem(input, "cannot be read (" + e.getMessage() + "): check the path"));
            }
        }
        Dataset<Row> all = spark.createDataFrame(problems, ArticleRows.READ);
        for (Dataset<Row> part : parts) {
            all = all.unionByName(part);
        }
        return all;
    }

    private Dataset<Row> readInput(String input, List<Row> problems) throws IOException {
        Configuration conf = context.hadoopConfiguration();
        Path path = new Path(input);
        FileSystem fs = path.getFileSystem(conf);
        FileStatus[] matches = fs.globStatus(path);
        if (matches == null || matches.length == 0) {
            problems.add(ArticleRows.problem(input, "no such file: check the path"));
            return null;
        }
        List<FileStatus> files = new ArrayList<>();
        for (FileStatus match : matches) {
            if (match.isDirectory()) {
                RemoteIterator<LocatedFileStatus> listing = fs.listFiles(match.getPath(), true);
                while (listing.hasNext()) {
                    LocatedFileStatus f = listing.next();
                    if (!hidden(f.getPath(), match.getPath())) {
                        files.add(f);
                    }
                }
            } else {
                files.add(match);
            }
        }
        if (files.isEmpty()) {
            problems.add(ArticleRows.problem(input, "no files to read (hidden files are skipped): check the folder"));
            return null;
        }
        String prefix = fs.makeQualified(path).toString();
        if (files.stream().allMatch(f -> isParquet(f.getPath()))) {
            return parquet(input, prefix);
        }
        return files(input, prefix);
    }

    /** Names starting with '.' or '_' (Spark's _SUCCESS, editors' dotfiles) anywhere below the input. */
    private static boolean hidden(Path file, Path root) {
        for (Path p = file; p != null && !p.equals(root); p = p.getParent()) {
            String name = p.getName();
            if (name.startsWith(".") || name.startsWith("_")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isParquet(Path file) {
        return file.getName().toLowerCase(Locale.ROOT).endsWith(".parquet");
    }

    /** Every file as a whole stream, read by dyad-core lazily, one article after another. */
    private Dataset<Row> files(String input, String prefix) {
        JavaRDD<Row> rows = context.binaryFiles(input).flatMap(new ReadFile(input, prefix));
        return spark.createDataFrame(rows, ArticleRows.READ);
    }

    /** Parquet with the columns of JSON Lines input: each row an article, text required. */
    private Dataset<Row> parquet(String input, String prefix) {
        Dataset<Row> table = spark.read().parquet(input);
        StructType schema = table.schema();
        List<String> names = Arrays.asList(schema.fieldNames());
        if (!names.contains("text")) {
            return spark.createDataFrame(List.of(ArticleRows.problem(input, "Parquet without a \"text\" column"
                    + " (it has " + String.join(", ", names) + "): give the articles' text in a column named text")),
                    ArticleRows.READ);
        }
        List<Column> columns = new ArrayList<>();
        for (String name : COLUMNS) {
            if (!names.contains(name)) {
                columns.add(lit(null).cast(DataTypes.StringType).as(name));
                continue;
            }
            StructField field = schema.apply(name);
            boolean temporal = field.dataType() instanceof org.apache.spark.sql.types.DateType
                    || field.dataType() instanceof org.apache.spark.sql.types.TimestampType
                    || field.dataType() instanceof org.apache.spark.sql.types.TimestampNTZType;
            columns.add((temporal ? date_format(col(name), "yyyy-MM-dd") : col(name).cast(DataTypes.StringType)).as(name));
        }
        columns.add(col("_metadata.file_path").as("file"));
        return table.select(columns.toArray(Column[]::new))
                .mapPartitions(new ReadRecords(input, prefix), ArticleRows.encoder(ArticleRows.READ));
    }

    /** The user's name for a file below an input: "demo/articles/x.txt", as the command line says it. */
    static String nameOf(String file, String input, String prefix) {
        if (file.startsWith(prefix)) {
            return input + file.substring(prefix.length());
        }
        // Spark may spell a local path "file:///a" where Hadoop says "file:/a".
        String plain = file.replaceFirst("^file:///", "file:/");
        return plain.startsWith(prefix) ? input + plain.substring(prefix.length()) : file;
    }

    /** One file, read on an executor; the stream is closed when the task ends, however it ends. */
    private static final class ReadFile implements FlatMapFunction<Tuple2<String, PortableDataStream>, Row> {

        private static final long serialVersionUID = 1L;
        private final String input;
        private final String prefix;

        ReadFile(String input, String prefix) {
            this.input = input;
            this.prefix = prefix;
        }

        @Override
        public Iterator<Row> call(Tuple2<String, PortableDataStream> file) {
            String name = nameOf(file._1(), input, prefix);
            InputStream in;
            try {
                in = file._2().open();
            } catch (Exception e) {
                // Scala declares no checked exceptions: an IOException arrives here undeclared.
                return List.of(ArticleRows.problem(name, "cannot open (" + e.getMessage() + "): check the file")).iterator();
            }
            Stream<ReadOutcome> outcomes = new ArticleSource(InputStream.nullInputStream()).read(name, in);
            TaskContext task = TaskContext.get();
            Runnable close = () -> {
                outcomes.close();
                try {
                    in.close();
                } catch (IOException e) {
                    // Opened only for reading: closing it cannot lose anything.
                }
            };
            if (task != null) {
                task.addTaskCompletionListener((org.apache.spark.util.TaskCompletionListener) t -> close.run());
            }
            return outcomes.map(ArticleRows::read).iterator();
        }
    }

    /** Parquet rows to read rows, through dyad-core's record reader (the JSON Lines rules). */
    private static final class ReadRecords implements org.apache.spark.api.java.function.MapPartitionsFunction<Row, Row> {

        private static final long serialVersionUID = 1L;
        private final String input;
        private final String prefix;

        ReadRecords(String input, String prefix) {
            this.input = input;
            this.prefix = prefix;
        }

        @Override
        public Iterator<Row> call(Iterator<Row> rows) {
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return rows.hasNext();
                }

                @Override
                public Row next() {
                    Row r = rows.next();
                    String file = nameOf(r.getString(6), input, prefix);
                    String id = r.getString(0);
                    ArticleRecord record = new ArticleRecord(id, r.getString(1), r.getString(2), r.getString(3),
                            r.getString(4), r.getString(5));
                    return ArticleRows.read(record.read(id == null ? file : file + " (id " + id + ")", file));
                }
            };
        }
    }
}
