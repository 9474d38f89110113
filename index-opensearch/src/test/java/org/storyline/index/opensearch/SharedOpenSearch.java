package org.storyline.index.opensearch;

import java.net.URI;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One OpenSearch node for every test class that only reads and writes (a node takes ~15 s to start on this
 * machine), given to a test as its {@link URI} parameter: kept in JUnit's root store, so it is closed when the run
 * ends. Each test takes its own index name, so tests never see each other's articles. The outage test starts a
 * node of its own, since it kills it.
 *
 * <pre>{@code
 * @ExtendWith(SharedOpenSearch.class)
 * class SomeTest {
 *     @BeforeAll static void node(URI endpoint) { ... }
 * }
 * }</pre>
 */
final class SharedOpenSearch implements ParameterResolver {

    private static final AtomicInteger INDEXES = new AtomicInteger();

    /** A fresh index name. */
    static String indexName(String prefix) {
        return prefix + "-" + INDEXES.incrementAndGet();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == URI.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(OpenSearchProcess.class, k -> OpenSearchProcess.start("shared"),
                        OpenSearchProcess.class).endpoint();
    }
}
