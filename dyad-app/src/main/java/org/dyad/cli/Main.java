package org.dyad.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The entry point of {@code ./dyad}. */
@Command(name = "dyad", mixinStandardHelpOptions = true, version = "dyad 0.1.0",
        description = "Codes political events (who did what to whom, when, where, according to whom) from news.",
        subcommands = {CodeCommand.class, DemoCommand.class, BenchCommand.class, EvalCommand.class, ServeCommand.class,
                IngestCommand.class, QueryCommand.class, ReindexCommand.class, StoreBenchCommand.class, WatchCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements java.util.concurrent.Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            // A bug, not a user's mistake: say so in one line, and the trace only when asked.
            System.err.println("dyad: internal error: " + e + " (set DYAD_DEBUG=1 for the stack trace; please report it)");
            if (System.getenv("DYAD_DEBUG") != null) {
                e.printStackTrace();
            }
            return 3;
        });
        return cli.execute(args);
    }

    /** No command given: say how to use it, and fail as bad usage does. */
    @Override
    public Integer call() {
        spec.commandLine().usage(System.err);
        return 2;
    }
}
