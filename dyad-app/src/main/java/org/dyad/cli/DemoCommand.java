package org.dyad.cli;

import org.dyad.pipeline.Pipeline;
import org.dyad.write.EventWriter;
import org.dyad.write.TableWriter;
import picocli.CommandLine.Command;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/** {@code dyad demo}: codes the project's own sample articles and prints their events as a table. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Code the demo corpus (demo/articles) and print the events as a table.")
final class DemoCommand implements Callable<Integer> {

    @Override
    public Integer call() throws Exception {
        PrintStream err = System.err;
        Path folder = Setup.home().resolve("demo/articles");
        if (!Files.isDirectory(folder)) {
            err.println("dyad: " + folder + ": the demo corpus is missing: run ./dyad from a Dyad checkout");
            return 1;
        }
        List<String> inputs;
        try (Stream<Path> files = Files.list(folder)) {
            inputs = files.filter(p -> p.toString().endsWith(".txt")).sorted().map(Path::toString).toList();
        }
        err.println("dyad: loading CoreNLP and the lexicons, then coding " + inputs.size() + " demo articles on "
                + Setup.threads() + " threads …");
        Pipeline pipeline = Setup.pipeline(Setup.lexicons(err));
        Writer out = new OutputStreamWriter(System.out, StandardCharsets.UTF_8);
        List<EventWriter> writers = List.of(new TableWriter(out));
        Batch.Outcome outcome = Batch.run(inputs, pipeline, writers, err, r -> { });
        return outcome.failed() > 0 ? 1 : 0;
    }
}
