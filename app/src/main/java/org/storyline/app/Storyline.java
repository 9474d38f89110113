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
        subcommands = {IngestCommand.class, SourceCommand.class, FetchCommand.class, ExtractCommand.class, WorkerCommand.class,
                ExportCommand.class, ServeCommand.class, UserCommand.class, TokenCommand.class,
                CommandLine.HelpCommand.class})
public final class Storyline implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** Lucene announces through java.util.logging which vector code it uses; the CLI keeps stderr for problems. */
    private static final java.util.logging.Logger LUCENE_VECTORS =
            java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

    public static void main(String[] args) {
        org.storyline.embed.DjlOptOut.apply(); // before anything can load DJL (see DjlOptOut)
        LUCENE_VECTORS.setLevel(java.util.logging.Level.WARNING);
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code (for tests: no System.exit). */
    public static int run(String... args) {
        org.storyline.embed.DjlOptOut.apply();
        System.setProperty("storyline.default-data", defaultDataDir().toString());
        if (args.length > 0 && !args[0].startsWith("-") && !args[0].equals("help")) {
            NativeCache.prepare(dataDir(args)); // a command that may embed: native libraries from DATA/cache
        }
        CommandLine cli = new CommandLine(new Storyline());
        cli.setExecutionExceptionHandler((e, line, parsed) -> {
            if (StoreDamage.is(e)) {
                line.getErr().println(line.getColorScheme().errorText(StoreDamage.message(dataDir(args))));
                return 3;
            }
            // Broken infrastructure (a store that cannot open, a port in use): one clear line, no stack trace.
            line.getErr().println(line.getColorScheme().errorText("storyline: " + Terminal.safe(e.getMessage())));
            return 2;
        });
        cli.setParameterExceptionHandler((e, given) -> {
            // Usage mistakes say "storyline:" like every other error, then where to read about the command.
            CommandLine line = e.getCommandLine();
            line.getErr().println(line.getColorScheme().errorText("storyline: " + Terminal.safe(e.getMessage())));
            CommandLine.UnmatchedArgumentException.printSuggestions(e, line.getErr());
            line.getErr().println("See: " + line.getCommandSpec().qualifiedName() + " --help");
            return 2;
        });
        return cli.execute(args);
    }

    /** The data directory the settings give, for help texts; a settings problem is reported when a command runs. */
    private static java.nio.file.Path defaultDataDir() {
        try {
            return org.storyline.config.StorylineConfig.load(null, System.getenv(), System.getProperty("user.home"))
                    .dataDir();
        } catch (RuntimeException e) {
            return java.nio.file.Path.of(System.getProperty("user.home"), ".local", "share", "storyline");
        }
    }

    /** The data directory a command line names with --data DIR (or --data=DIR), else the default. */
    private static java.nio.file.Path dataDir(String... args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--data") && i + 1 < args.length) {
                return java.nio.file.Path.of(args[i + 1]);
            } else if (args[i].startsWith("--data=")) {
                return java.nio.file.Path.of(args[i].substring("--data=".length()));
            }
        }
        return defaultDataDir();
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
