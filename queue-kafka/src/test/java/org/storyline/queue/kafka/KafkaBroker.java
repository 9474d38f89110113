package org.storyline.queue.kafka;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Properties;
import java.util.stream.Stream;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;

/**
 * A real single-node Kafka (KRaft, broker and controller in one) inside the test JVM, from Kafka's own server jars:
 * its log in a temporary folder, its ports fixed at first start so a restart comes back where clients look.
 * {@link #restart} stops the server and starts a new one on the same folder, as a broker restart does. In the test
 * jar, for the app's end-to-end test of worker processes.
 *
 * <p>{@link #main} runs the same broker as a process of its own until stopped ({@code queue-kafka/kafka-node}, for
 * {@code bin/cluster-servers} and the cluster demo).
 */
public final class KafkaBroker implements AutoCloseable {

    private final Path directory;
    private final int brokerPort;
    private final int controllerPort;
    private KafkaRaftServer server;

    private KafkaBroker(Path directory, int brokerPort, int controllerPort) {
        this.directory = directory;
        this.brokerPort = brokerPort;
        this.controllerPort = controllerPort;
    }

    /** Formats a new log folder and starts the broker on two free loopback ports. */
    public static KafkaBroker start() {
        try {
            KafkaBroker broker = new KafkaBroker(Files.createTempDirectory("storyline-kafka"), freePort(), freePort());
            broker.format();
            broker.startServer();
            return broker;
        } catch (Exception e) {
            throw new IllegalStateException("test kafka: cannot start: " + e, e);
        }
    }

    /**
     * {@code KafkaBroker <folder> <broker port> <controller port>}: formats the folder on first start (a later start
     * keeps its topics and offsets), serves on loopback, prints {@code READY}, and stops cleanly on SIGTERM.
     */
    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: KafkaBroker <folder> <broker port> <controller port>");
            System.exit(2);
        }
        KafkaBroker broker = new KafkaBroker(Path.of(args[0]).toAbsolutePath(), Integer.parseInt(args[1]),
                Integer.parseInt(args[2]));
        if (!Files.exists(broker.directory.resolve("log").resolve("meta.properties"))) {
            broker.format();
        }
        broker.startServer();
        Runtime.getRuntime().addShutdownHook(new Thread(broker::stop, "storyline-kafka-stop"));
        System.out.println("READY " + broker.bootstrapServers());
        System.out.flush();
        Thread.currentThread().join();
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + brokerPort;
    }

    /** Stops the server (clients see it gone), then starts a new one on the same log. */
    public void restart() {
        stop();
        startServer();
    }

    public void stop() {
        if (server != null) {
            server.shutdown();
            server.awaitShutdown();
            server = null;
        }
    }

    public void startServer() {
        server = new KafkaRaftServer(KafkaConfig.fromProps(properties()), Time.SYSTEM);
        server.startup();
    }

    @Override
    public void close() {
        stop();
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void format() throws Exception {
        String logs = directory.resolve("log").toString();
        new Formatter().setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                .setNodeId(1).setClusterId(Uuid.randomUuid().toString())
                .setControllerListenerName("CONTROLLER").setMetadataLogDirectory(logs).addDirectory(logs)
                .setReleaseVersion(MetadataVersion.latestProduction()).run();
    }

    private Properties properties() {
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        p.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        p.put("listeners", "PLAINTEXT://127.0.0.1:" + brokerPort + ",CONTROLLER://127.0.0.1:" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + brokerPort);
        p.put("controller.listener.names", "CONTROLLER");
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("log.dirs", directory.resolve("log").toString());
        p.put("auto.create.topics.enable", "false");
        // One node: every internal topic with one replica and few partitions, and no wait before a group forms.
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "2");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("transaction.state.log.num.partitions", "2");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("group.initial.rebalance.delay.ms", "0");
        p.put("group.min.session.timeout.ms", "1000"); // the kill test lets a dead worker's session end in seconds
        p.put("log.cleaner.dedupe.buffer.size", "2097152");
        return p;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }
}
