package org.storyline.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import org.storyline.model.Source;
import org.storyline.pipeline.Subscriptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code storyline source add|list|remove|import|export}: the feeds Storyline follows. */
@Command(name = "source", mixinStandardHelpOptions = true, description = "Follow feeds: add, list, remove, import or export OPML.",
        subcommands = {SourceCommand.Add.class, SourceCommand.ListSources.class, SourceCommand.Remove.class,
                SourceCommand.Import.class, SourceCommand.Export.class})
final class SourceCommand {

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Follow a feed (RSS, Atom, JSON Feed), or the feed a web page declares; fetches it once.")
    static final class Add implements Callable<Integer> {
        @Mixin
        private CommonOptions common;
        @Parameters(arity = "1..*", paramLabel = "URL",
                description = "A feed's address (RSS, Atom, JSON Feed), or a web page that declares its feed.")
        private List<String> urls;

        @Override
        public Integer call() {
            try (Components components = Components.open(common.config())) {
                return add(components);
            }
        }

        private int add(Components components) {
            int errors = 0;
            for (String url : urls) {
                Subscriptions.Added added = components.subscriptions().add(url);
                if (added.error() != null) {
                    System.err.println("storyline: " + Terminal.safe(added.error()));
                    errors++;
                } else if (added.existed()) {
                    System.out.println("already followed: " + Terminal.safe(url));
                } else {
                    Source s = added.first().source();
                    System.out.println(Terminal.safe("following %s (%s) as %s: %s".formatted(s.name(), s.url(), s.id(),
                            added.first())));
                }
            }
            return errors == 0 ? 0 : 1;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Every followed source and its state.")
    static final class ListSources implements Callable<Integer> {
        @Mixin
        private CommonOptions common;

        @Override
        public Integer call() {
            List<Source> sources = Components.open(common.config(), false).store().sources().all();
            if (sources.isEmpty()) {
                System.out.println("No sources yet. Add one with: storyline source add URL");
            }
            for (Source s : sources) {
                Source.State st = s.state();
                System.out.printf("%s  %-40s %s%n    last fetch %s, next %s, every %s, %d items%s%n", s.id(), s.name(),
                        s.url(), when(st.lastFetch()), when(st.nextFetch()), human(st.interval()), st.items(),
                        st.lastError() == null ? "" : ", error %s (%s, %d in a row)".formatted(st.lastError(),
                                st.lastErrorKind(), st.errorStreak()));
            }
            return 0;
        }

        private static String when(Instant t) {
            return t == null ? "never" : t.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
        }

        private static String human(java.time.Duration d) {
            return d.toString().substring(2).toLowerCase(java.util.Locale.ROOT); // PT1H15M -> 1h15m
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Stop following a source (its articles stay).")
    static final class Remove implements Callable<Integer> {
        @Mixin
        private CommonOptions common;
        @Parameters(paramLabel = "ID|URL", description = "The source's id or address, as source list shows it.")
        private String source;

        @Override
        public Integer call() {
            boolean removed = Components.open(common.config(), false).subscriptions().remove(source);
            if (removed) {
                System.out.println("removed " + Terminal.safe(source));
            } else {
                System.err.println("storyline: no such source: " + Terminal.safe(source) + " (see: storyline source list)");
            }
            return removed ? 0 : 1;
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true, description = "Follow every feed of an OPML file.")
    static final class Import implements Callable<Integer> {
        @Mixin
        private CommonOptions common;
        @Parameters(paramLabel = "FILE", description = "An OPML file, as feed readers export their subscriptions.")
        private Path file;

        @Override
        public Integer call() {
            byte[] opml;
            try {
                opml = Files.readAllBytes(file);
            } catch (IOException e) {
                System.err.println("storyline: cannot read " + Terminal.safe(file.toString()) + ": " + Problems.of(e));
                return 1;
            }
            String result = Components.open(common.config(), false).subscriptions().importOpml(opml);
            if (result.startsWith("cannot")) {
                System.err.println("storyline: " + Terminal.safe(result));
                return 1;
            }
            System.out.println(Terminal.safe(result));
            return 0;
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true, description = "Write the followed feeds as OPML.")
    static final class Export implements Callable<Integer> {
        @Mixin
        private CommonOptions common;

        @Override
        public Integer call() {
            System.out.print(Components.open(common.config(), false).subscriptions().exportOpml());
            return 0;
        }
    }
}
