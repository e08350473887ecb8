package org.dyad.spark;

import org.apache.hadoop.fs.Path;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code dyad spark}: code a corpus on Spark into Parquet; the main class for spark-submit too. */
@Command(name = "dyad spark", mixinStandardHelpOptions = true, version = "dyad 0.1.0",
        description = {"Code articles on Spark and write events, articles and errors as Parquet under --out.",
                "Inputs: Hadoop paths (local, hdfs://, s3a://…), files, folders or globs; JSON Lines, Parquet"
                        + " (columns id, url, title, published, text), text, HTML or PETRARCH XML."},
        exitCodeOnInvalidInput = 2)
public final class Main implements Callable<Integer> {

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master, e.g. local[2] (default: what spark-submit set, else local[*])")
    String master;

    @Option(names = "--dictionaries", paramLabel = "DIR",
            description = "Code with the PETRARCH dictionaries in DIR (on the driver's disk) instead of Dyad's lexicon")
    java.nio.file.Path dictionaries;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "Output folder (Hadoop path) for events/, articles/ and errors/; must not hold them yet")
    String out;

    @Option(names = "--partitions", defaultValue = "0", paramLabel = "N",
            description = "Partitions to code in (default: four per core)")
    int partitions;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files, folders or globs, as Hadoop paths")
    List<String> inputs;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            System.err.println("dyad: internal error: " + e + " (set DYAD_DEBUG=1 for the stack trace; please report it)");
            if (System.getenv("DYAD_DEBUG") != null) {
                e.printStackTrace();
            }
            return 3;
        });
        return cli.execute(args);
    }

    @Override
    public Integer call() throws IOException {
        PrintStream err = System.err;
        LexiconChoice lexicons;
        if (dictionaries == null) {
            lexicons = LexiconChoice.bundled();
        } else if (!Files.isDirectory(dictionaries)) {
            err.println("dyad: " + dictionaries + ": not a folder: give the folder that holds the PETRARCH dictionaries");
            return 2;
        } else {
            lexicons = LexiconChoice.petrarch(dictionaries);
        }
        SparkSession spark = session();
        try {
            String taken = taken(spark);
            if (taken != null) {
                err.println("dyad: " + out + ": " + taken);
                return 2;
            }
            if (dictionaries != null) {
                // Read here once, so that their problems are said once and unusable ones stop the run early.
                ExecutorPipeline.Check check = ExecutorPipeline.check(lexicons);
                check.problems().forEach(p -> err.println("dyad: " + p));
                if (!check.usable()) {
                    return 1;
                }
            }
            CodeJob.Outcome outcome = new CodeJob(spark, lexicons, partitions).run(inputs, out);
            outcome.problems().forEach(p -> err.println("dyad: " + p));
            if (outcome.failed() > outcome.problems().size()) {
                err.println("dyad: … and " + (outcome.failed() - outcome.problems().size()) + " more in " + out + "/errors");
            }
            err.println("dyad: " + outcome.articles() + " articles, " + outcome.events() + " events"
                    + (outcome.failed() > 0 ? ", " + outcome.failed() + " inputs not coded" : "")
                    + "; Parquet in " + out + "/events, " + out + "/articles, " + out + "/errors");
            return outcome.failed() > 0 ? 1 : 0;
        } finally {
            spark.stop();
        }
    }

    /** What keeps {@code --out} from taking this run's output, or null when it can. */
    private String taken(SparkSession spark) {
        try {
            org.apache.hadoop.fs.FileSystem fs = new Path(out).getFileSystem(spark.sparkContext().hadoopConfiguration());
            for (String part : List.of("events", "articles", "errors")) {
                if (fs.exists(new Path(out, part))) {
                    return "already holds " + part + "/: give a new --out folder or remove it";
                }
            }
            return null;
        } catch (IOException | IllegalArgumentException e) {
            return "cannot be used (" + e.getMessage() + "): check the path";
        }
    }

    /** Local runs stay on loopback and without the web UI; on a cluster spark-submit's settings stand. */
    private SparkSession session() {
        SparkConf conf = new SparkConf().setAppName("dyad");
        if (master != null) {
            conf.setMaster(master);
        } else if (!conf.contains("spark.master")) {
            conf.setMaster("local[*]");
        }
        if (conf.get("spark.master").startsWith("local")) {
            conf.setIfMissing("spark.driver.host", "127.0.0.1");
            conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
            conf.setIfMissing("spark.ui.enabled", "false");
        }
        return SparkSession.builder().config(conf).getOrCreate();
    }
}
