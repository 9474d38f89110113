package org.storyline.index.opensearch;

import java.io.IOException;
import java.io.InputStream;
import org.codelibs.opensearch.runner.OpenSearchRunner;

/**
 * One OpenSearch 3.5 node with the k-NN plugin, from Maven Central's jars, as its own process:
 * {@code OpenSearchNode <home> <http port> <transport port>}. It prints {@code READY} when the cluster is
 * up. Started by a test ({@code -Dstoryline.node.parent=stdin}) it stops when its standard input closes, so a
 * test JVM that dies (even by kill -9) takes its node along; started by {@code index-opensearch/opensearch-node}
 * it runs until it is stopped (SIGTERM, Ctrl-C).
 *
 * <p>A real node, not a mock: the runner wires the same {@code Node} the distribution starts, with the
 * modules the distribution ships (analysis-common, painless, ...) and the k-NN plugin's jar from its Maven Central
 * zip. Security is off, as in a single-node development cluster; it listens on loopback only.
 */
public final class OpenSearchNode {

    private OpenSearchNode() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: OpenSearchNode <home> <http port> <transport port>");
            System.exit(2);
        }
        OpenSearchRunner runner = new OpenSearchRunner();
        runner.setMaxHttpPort(65535); // the runner only looks below 9300 unless told
        runner.onBuild((number, settings) -> {
            settings.put("http.port", args[1]);
            settings.put("transport.port", args[2]);
            settings.put("network.host", "127.0.0.1");
            settings.put("discovery.type", "single-node");
            settings.put("cluster.routing.allocation.disk.threshold_enabled", false); // CI disks run full
            settings.put("action.destructive_requires_name", true);
        }).build(OpenSearchRunner.newConfigs().basePath(args[0]).numOfNode(1).clusterName("storyline-test")
                .baseHttpPort(Integer.parseInt(args[1]) - 1).printOnFailure()
                .pluginTypes("org.opensearch.knn.plugin.KNNPlugin"));
        runner.ensureYellow();
        System.out.println("READY");
        System.out.flush();
        if ("stdin".equals(System.getProperty("storyline.node.parent"))) {
            waitForEndOfInput(System.in);
            runner.close();
            System.exit(0);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                runner.close();
            } catch (IOException e) {
                // stopping anyway
            }
        }));
        Thread.currentThread().join();
    }

    private static void waitForEndOfInput(InputStream in) throws IOException {
        byte[] buffer = new byte[64];
        while (in.read(buffer) >= 0) {
            // the parent writes nothing; only the end of the stream matters
        }
    }
}
