package org.storyline.app;

import io.javalin.Javalin;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.storyline.config.StorylineConfig;
import org.storyline.store.Store;
import org.storyline.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code storyline serve}: the web app over the store, with the demo corpus in an empty store. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Run the web app.")
final class ServeCommand implements Callable<Integer> {

    @Mixin
    private CommonOptions common;

    @Option(names = "--port", paramLabel = "N", description = "Port to listen on (default: server.port setting, 8080; 0 = any free port).")
    private Integer port;

    @Option(names = "--no-demo", description = "Do not load the demo corpus into an empty store.")
    private boolean noDemo;

    @Override
    public Integer call() throws InterruptedException {
        StorylineConfig config = port == null ? common.config() : common.config().withPort(port);
        Components components = Components.open(config);
        Store store = components.store();
        if (config.demoEnabled() && !noDemo && store.counts().documents() == 0 && store.sources().all().isEmpty()) {
            IngestSummary demo = DemoCorpus.load(new Ingestion(components.pipeline(), components.fetcher(),
                    config.maxFileBytes(), System.err));
            components.pipeline().flush();
            System.out.println("Loaded the demo corpus: " + demo.line(store.counts()));
        }
        Poller poller = config.pollEnabled() ? Poller.start(components) : null;
        // Thumbnails only when the setting asks: the server then fetches from publishers' image hosts.
        org.storyline.source.fetch.Fetcher images = config.images()
                ? new org.storyline.source.fetch.Fetcher(WebServer.imagePolicy(Components.policy(config.fetch()))) : null;
        Javalin app = WebServer.create(store, components.subscriptions(), components.index(), images)
                .start(config.host(), config.port());
        String host = config.host().equals("0.0.0.0") ? "localhost" : config.host();
        System.out.printf("Storyline is serving %s at http://%s:%d/ (Ctrl-C to stop)%n",
                config.dataDir(), host, app.port());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (poller != null) {
                poller.stop();
            }
            app.stop();
            components.close();
            stopped.countDown();
        }));
        stopped.await();
        return 0;
    }
}
