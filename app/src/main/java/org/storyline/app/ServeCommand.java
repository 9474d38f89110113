package org.storyline.app;

import io.javalin.Javalin;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.storyline.config.StorylineConfig;
import org.storyline.store.ArticleStore;
import java.net.URI;
import java.net.URISyntaxException;
import org.storyline.account.Role;
import org.storyline.web.WebServer;
import org.storyline.web.WebSettings;
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
        if (port != null && (port < 0 || port > 65535)) {
            System.err.println("storyline: --port must be between 0 and 65535 (0 = any free port), not " + port);
            return 2;
        }
        StorylineConfig config = port == null ? common.config() : common.config().withPort(port);
        WebSettings web = webSettings(config.web());
        Components components = Components.forServing(config);
        ArticleStore store = components.store();
        if (config.demoEnabled() && !noDemo && store.counts().documents() == 0 && store.sources().all().isEmpty()) {
            IngestSummary demo = DemoCorpus.load(new Ingestion(components.pipeline(), components.fetcher(),
                    config.maxFileBytes(), System.err));
            components.pipeline().flush();
            System.out.println("Loaded the demo corpus: " + demo.line(store.counts()));
        }
        Poller poller = config.pollEnabled() ? Poller.start(components) : null;
        StoreFollower follower = StoreFollower.start(store, components.pipeline(), components.passages());
        // Thumbnails only when the setting asks: the server then fetches from publishers' image hosts.
        org.storyline.source.fetch.Fetcher images = config.web().images()
                ? new org.storyline.source.fetch.Fetcher(WebServer.imagePolicy(Components.policy(config.fetch()))) : null;
        Javalin app = WebServer.create(store, components.subscriptions(), components.index(), web, images)
                .start(config.host(), config.port());
        String host = config.host().equals("0.0.0.0") ? "localhost" : config.host();
        System.out.printf("Storyline is serving %s at http://%s:%d/ (Ctrl-C to stop)%n",
                config.dataDir(), host, app.port());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (poller != null) {
                poller.stop();
            }
            follower.stop();
            app.stop();
            components.close();
            stopped.countDown();
        }));
        stopped.await();
        return 0;
    }

    /** The web settings from the configuration, each bad value named by its key. */
    static WebSettings webSettings(StorylineConfig.Web web) {
        Role role;
        try {
            role = Role.valueOf(web.followRole().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("config: sources.follow-role must be reader, moderator or admin, not '%s'"
                    .formatted(web.followRole()));
        }
        URI publicUrl = null;
        if (!web.publicUrl().isEmpty()) {
            try {
                publicUrl = new URI(web.publicUrl());
                return new WebSettings(publicUrl, role, web.followsPerHour());
            } catch (URISyntaxException | IllegalArgumentException e) {
                throw new IllegalArgumentException("config: server.public-url must be http(s)://host[:port][/path], not '%s'"
                        .formatted(web.publicUrl()));
            }
        }
        return new WebSettings(null, role, web.followsPerHour());
    }
}
