package org.storyline.pipeline;

import java.io.PrintStream;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.storyline.index.ArticleIndex;
import org.storyline.index.LuceneArticleIndex;
import org.storyline.source.ReadResult;
import org.storyline.store.ArticleStore;
import org.storyline.store.SqliteArticleStore;
import org.storyline.store.StoreTransaction;

/**
 * The process {@link KillAtEachStageTest} kills: it ingests the seed inputs with a two-worker batch into a real
 * store and index, and when the pipeline reaches the given point it says "AT <point>" on stdout and stops there
 * (the thread parks, holding whatever it holds: an open transaction, an uncommitted index), waiting for SIGKILL.
 *
 * <p>The points are reached through the real seams (the store and the index are wrapped, the reader is the
 * caller's), so the pipeline's code runs unchanged: nothing in production knows about this test.
 */
final class KillPointChild {

    /** Where the process stops. */
    enum Point {
        /** A worker preparing (reading, extracting, enriching) the 8th document: nothing of it written yet. */
        PREPARE,
        /** Inside the second write transaction, its writes done, before the commit. */
        IN_TRANSACTION,
        /** Just after the second write transaction committed, before the index took its articles. */
        AFTER_COMMIT,
        /** At the 5th article put into the index: stored, partly indexed, the index not committed. */
        INDEX_PUT,
        /** At the index's first commit, before it runs. */
        INDEX_COMMIT,
        /** At the fourth use of the stored analyses (read, write, read, here): one story analysed, the others not. */
        ANALYSE
    }

    private KillPointChild() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        Point point = Point.valueOf(args[1]);
        PrintStream out = System.out;
        AtomicInteger count = new AtomicInteger();
        Runnable stop = () -> {
            out.println("AT " + point);
            out.flush();
            while (true) {
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException ignored) {
                    // only SIGKILL ends this process
                }
            }
        };
        ArticleStore store = store(SqliteArticleStore.open(data), point, count, stop);
        ArticleIndex index = index(LuceneArticleIndex.open(data.resolve("index")), point, count, stop);
        List<ReadResult> inputs = SeedInputs.all();
        try (Batch batch = Pipeline.open(store, index).batch(2, outcome -> { })) {
            for (int i = 0; i < inputs.size(); i++) {
                ReadResult input = inputs.get(i);
                boolean last = i == 7;
                batch.submit(() -> {
                    if (point == Point.PREPARE && last) {
                        stop.run();
                    }
                    return input;
                });
            }
        }
        out.println("DONE without reaching " + point);
    }

    /** The store, stopping inside or after the second transaction, or at the fourth use of the analyses. */
    private static ArticleStore store(ArticleStore real, Point point, AtomicInteger count, Runnable stop) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getName().equals("transaction") && (point == Point.IN_TRANSACTION || point == Point.AFTER_COMMIT)) {
                @SuppressWarnings("unchecked")
                Function<StoreTransaction, Object> work = (Function<StoreTransaction, Object>) args[0];
                boolean second = count.incrementAndGet() == 2;
                Object result = real.transaction(tx -> {
                    Object value = work.apply(tx);
                    if (second && point == Point.IN_TRANSACTION) {
                        stop.run();
                    }
                    return value;
                });
                if (second && point == Point.AFTER_COMMIT) {
                    stop.run();
                }
                return result;
            }
            if (method.getName().equals("analyses") && point == Point.ANALYSE && count.incrementAndGet() == 4) {
                stop.run();
            }
            return invoke(real, method, args);
        };
        return (ArticleStore) Proxy.newProxyInstance(ArticleStore.class.getClassLoader(),
                new Class<?>[] {ArticleStore.class}, handler);
    }

    /** The index, stopping at its 5th put or its first commit. */
    private static ArticleIndex index(ArticleIndex real, Point point, AtomicInteger count, Runnable stop) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (point == Point.INDEX_PUT && method.getName().equals("put") && count.incrementAndGet() == 5) {
                stop.run();
            }
            if (point == Point.INDEX_COMMIT && method.getName().equals("commit")) {
                stop.run();
            }
            return invoke(real, method, args);
        };
        return (ArticleIndex) Proxy.newProxyInstance(ArticleIndex.class.getClassLoader(),
                new Class<?>[] {ArticleIndex.class}, handler);
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
