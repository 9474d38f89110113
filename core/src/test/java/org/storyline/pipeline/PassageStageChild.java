package org.storyline.pipeline;

import java.io.PrintStream;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.storyline.embed.PassageEmbedder;
import org.storyline.embed.SentenceEmbedder;
import org.storyline.index.ArticleIndex;
import org.storyline.index.IndexedArticle;
import org.storyline.index.LuceneArticleIndex;
import org.storyline.store.ArticleStore;
import org.storyline.store.SqliteArticleStore;

/**
 * The process {@link PassageStageTest} kills: it runs the passage stage one article at a time over a store that
 * was ingested before, and at the index commit after the second article's passages (stored, put into the index,
 * not yet committed there) says "AT COMMIT" on stdout and parks, waiting for SIGKILL. The index is wrapped at its
 * seam; the stage and the pipeline run unchanged.
 */
final class PassageStageChild {

    private PassageStageChild() {
    }

    public static void main(String[] args) {
        Path data = Path.of(args[0]);
        PrintStream out = System.out;
        AtomicInteger withPassages = new AtomicInteger();
        ArticleIndex real = LuceneArticleIndex.open(data.resolve("index"));
        InvocationHandler handler = (proxy, method, arguments) -> {
            if (method.getName().equals("put") && arguments[0] instanceof IndexedArticle a && !a.passages().isEmpty()) {
                withPassages.incrementAndGet();
            }
            if (method.getName().equals("commit") && withPassages.get() >= 2) {
                out.println("AT COMMIT");
                out.flush();
                while (true) {
                    try {
                        Thread.sleep(60_000);
                    } catch (InterruptedException ignored) {
                        // only SIGKILL ends this process
                    }
                }
            }
            try {
                return method.invoke(real, arguments);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        ArticleIndex index = (ArticleIndex) Proxy.newProxyInstance(ArticleIndex.class.getClassLoader(),
                new Class<?>[] {ArticleIndex.class}, handler);
        ArticleStore store = SqliteArticleStore.open(data);
        SentenceEmbedder embedder = new SentenceEmbedder();
        Pipeline pipeline = Pipeline.open(store, index, embedder);
        PassageStage stage = new PassageStage(store, pipeline, new PassageEmbedder(embedder));
        while (stage.run(1) > 0) {
            out.println("STORED");
        }
        out.println("DONE without reaching the commit");
    }
}
