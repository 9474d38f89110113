package org.storyline.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code storyline} command.
 *
 * <pre>
 * storyline ingest seeds/ --captured-at 2025-07-04T12:00Z
 * storyline export --what stories --format jsonl
 * storyline serve --port 8080
 * </pre>
 */
@Command(name = "storyline", mixinStandardHelpOptions = true, version = "storyline 0.1.0",
        description = "News aggregation and story intelligence: take in news, get clean stories out.",
        subcommands = {IngestCommand.class, SourceCommand.class, FetchCommand.class, ExtractCommand.class,
                ExportCommand.class, ServeCommand.class, UserCommand.class, TokenCommand.class,
                CommandLine.HelpCommand.class})
public final class Storyline implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** Lucene announces through java.util.logging which vector code it uses; the CLI keeps stderr for problems. */
    private static final java.util.logging.Logger LUCENE_VECTORS =
            java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

    public static void main(String[] args) {
        LUCENE_VECTORS.setLevel(java.util.logging.Level.WARNING);
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code (for tests: no System.exit). */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new Storyline());
        cli.setExecutionExceptionHandler((e, line, parsed) -> {
            // Broken infrastructure (a store that cannot open, a port in use): one clear line, no stack trace.
            line.getErr().println(line.getColorScheme().errorText("storyline: " + e.getMessage()));
            return 2;
        });
        return cli.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
