package org.storyline.cluster;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds a group of a story's members that does not belong with the rest, by how the members link to each other
 * rather than by when they came: average-linkage agglomeration over the learned pair probability of every two
 * members, stopped when no two groups link at {@code level} on average. An online clusterer decides each article
 * once, against a story that may hold one or two articles; when the first report of a look-alike event (a second
 * earthquake in the same region, the same team's second arrest) joined the first event's story, every later
 * report of either event finds that story its best match, and the two events grow as one. Their members still
 * link more within each event than across it, which a chronological cut cannot see when the reports interleave.
 *
 * <p>Average linkage (UPGMA), as in the batch event-detection literature (Yang, Pierce and Carbonell, SIGIR 1998,
 * group-average clustering of news); a cut needs {@link DriftCheck#MIN_PART} members on each side, so that one
 * odd article never splits a story.
 */
final class LinkCut {

    /** Members [group == 1] leave; {@code link} is their average probability with those that stay. */
    record Cut(boolean[] leaves, double link) {
    }

    private LinkCut() {
    }

    /** The members that leave where they link weakly by {@code model}'s pair probability at its split level, or null. */
    static boolean[] leaves(List<Profile> profiles, StoryModel model) {
        int n = profiles.size();
        double[][] p = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                p[i][j] = p[j][i] = model.probability(StoryFeatures.of(profiles.get(i), profiles.get(j)));
            }
        }
        Cut cut = of(p, model.splitAt());
        return cut == null ? null : cut.leaves();
    }

    /**
     * The group to cut off, or null when the members hold together at {@code level}; the group holding the first
     * member stays (so the story keeps its id).
     *
     * @param p     pair probabilities, symmetric, {@code p[i][j]} for members i and j
     * @param level the average link below which two groups are apart
     */
    static Cut of(double[][] p, double level) {
        int n = p.length;
        if (n < 2 * DriftCheck.MIN_PART) {
            return null;
        }
        List<List<Integer>> groups = new ArrayList<>();
        double[][] sums = new double[n][n];
        for (int i = 0; i < n; i++) {
            groups.add(new ArrayList<>(List.of(i)));
            sums[i] = p[i].clone();
        }
        boolean[] gone = new boolean[n];
        while (true) {
            int bestA = -1;
            int bestB = -1;
            double best = -1;
            for (int a = 0; a < n; a++) {
                for (int b = a + 1; b < n && !gone[a]; b++) {
                    if (!gone[b]) {
                        double link = sums[a][b] / (groups.get(a).size() * (double) groups.get(b).size());
                        if (link > best) {
                            best = link;
                            bestA = a;
                            bestB = b;
                        }
                    }
                }
            }
            if (bestA < 0 || best < level) {
                break;
            }
            groups.get(bestA).addAll(groups.get(bestB));
            gone[bestB] = true;
            for (int c = 0; c < n; c++) {
                sums[bestA][c] += sums[bestB][c];
                sums[c][bestA] = sums[bestA][c];
            }
        }
        int home = -1;
        int leaving = -1;
        for (int g = 0; g < n; g++) {
            if (gone[g]) {
                continue;
            }
            if (groups.get(g).contains(0)) {
                home = g;
            } else if (groups.get(g).size() >= DriftCheck.MIN_PART
                    && (leaving < 0 || groups.get(g).size() > groups.get(leaving).size())) {
                leaving = g;
            }
        }
        if (leaving < 0 || home < 0) {
            return null;
        }
        // Small groups go with the side they link to more; the home side must keep enough members too.
        boolean[] leaves = new boolean[n];
        groups.get(leaving).forEach(i -> leaves[i] = true);
        int staying = groups.get(home).size();
        for (int g = 0; g < n; g++) {
            if (gone[g] || g == home || g == leaving) {
                continue;
            }
            double toLeaving = sums[g][leaving] / (groups.get(g).size() * (double) groups.get(leaving).size());
            double toHome = sums[g][home] / (groups.get(g).size() * (double) groups.get(home).size());
            if (toLeaving > toHome) {
                groups.get(g).forEach(i -> leaves[i] = true);
            } else {
                staying += groups.get(g).size();
            }
        }
        if (staying < DriftCheck.MIN_PART) {
            return null;
        }
        double cross = 0;
        int pairs = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (leaves[i] && !leaves[j]) {
                    cross += p[i][j];
                    pairs++;
                }
            }
        }
        return new Cut(leaves, cross / pairs);
    }
}
