package org.storyline.cluster;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DebugSeedTest {
    @Test
    void show() {
        SeedArticles seeds = SeedArticles.read("/cluster/seed-articles.jsonl");
        var expected = Partitions.expected(seeds.articles());
        for (String prior : new String[] {"1000"})
        for (String margin : new String[] {"0", "0.1", "0.2", "0.3"})
        for (double tw : new double[] {0.5, 1.0})
        for (double ew : new double[] {2.0, 3.0})
        for (double th : new double[] {0.14, 0.18, 0.22, 0.26, 0.3}) {
            System.setProperty("prior", prior);
            System.setProperty("margin", margin);
            ClusterSettings d = ClusterSettings.defaults();
            ClusterSettings s = new ClusterSettings(th, tw, ew, d.centroidTerms(), d.queryTerms(), d.postingsPerTerm(), d.halfLifeDays(), d.quietDays(), 0.5);
            Random r = new Random(1);
            int ok = 0;
            for (int i = 0; i < 40; i++) {
                List<SeedArticles.Labelled> sh = new ArrayList<>(seeds.articles());
                if (i > 0) Collections.shuffle(sh, r);
                if (Partitions.of(sh, new StoryClusterer(s)).equals(expected)) ok++;
            }
            System.out.println("R " + ok + " prior " + prior + " margin " + margin + " tw " + tw + " ew " + ew + " th " + th + " file-order " + Partitions.of(seeds.articles(), new StoryClusterer(s)).size());
        }
    }
}
