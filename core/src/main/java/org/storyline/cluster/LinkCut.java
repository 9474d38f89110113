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
 * link more within each event than across it, which a chronological cut cannot see when the reports interleave;
 * and when the pair model finds two events alike enough to link above the level across, each event's reports still
 * hold together far better among themselves than with the other's ({@link #COHESION}).
 *
 * <p>Average linkage (UPGMA), as in the batch event-detection literature (Yang, Pierce and Carbonell, SIGIR 1998,
 * group-average clustering of news); a cut needs {@link DriftCheck#MIN_PART} members on each side, so that one
 * odd article never splits a story.
 */
final class LinkCut {

    /**
     * Two groups of at least {@link #COHESIVE_GROUP} members stay apart, whatever the level, when their average link
     * is below this share of the weaker group's own average inner link. Two look-alike events' reports link well
     * above the level across (the pair model finds them alike: ECB+ fit, a boxer's two title defences 0.55 across,
     * 0.85 and 0.98 within) yet far better within each. Chosen on the ECB+ fit part (bench StoryTune -Dsplits=0.40
     * -Dorders=12, shipped model; B3/pair F1 in file order, then the mean of 12 shuffled orders, splits (wrong)):
     * none 0.918/0.877, 0.901/0.854, 52 (0); with groups of 5: 0.60 0.918/0.877, 0.914/0.872, 62 (0); 0.70
     * 0.936/0.907, 0.926/0.894, 73 (1); 0.75 0.936/0.907, 0.926/0.894, 76 (3); 0.80 0.936/0.907, 0.933/0.909, 84 (5);
     * 0.85 0.936/0.907, 0.939/0.920, 90 (5); 0.90 0.936/0.907, 0.938/0.922, 96 (6). 0.70: the best score that cuts
     * one event's reports at most once in those 13 replays (the higher shares gain on the fit part by cutting more,
     * and at 0.85 the held-back part in file order fell to 0.843/0.791). gvc-dev fit: 0.983/0.966 at every share
     * (no story there is cut).
     */
    static final double COHESION = 0.70;

    /**
     * Members a group needs before {@link #COHESION} holds it apart: with groups of 3 (the cut's minimum) the same
     * share cut one event's reports 11 times in 88 splits over the 12 shuffled ECB+ fit orders, with 4 5 times in 79,
     * with 5 once in 73 (with 6: 0.922/0.889 shuffled, once in 69): a handful of one event's reports can hold together
     * tightly without being an event of their own.
     */
    static final int COHESIVE_GROUP = 5;

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
     * @param level the average link below which two groups are apart (and, whatever the level, two groups of
     *              {@link #COHESIVE_GROUP} or more linking below {@link #COHESION} of the weaker one's own)
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
        double[] inner = new double[n]; // sum of p within each group (pairs counted once)
        while (true) {
            int bestA = -1;
            int bestB = -1;
            double best = -1;
            for (int a = 0; a < n; a++) {
                for (int b = a + 1; b < n && !gone[a]; b++) {
                    if (!gone[b]) {
                        double link = sums[a][b] / (groups.get(a).size() * (double) groups.get(b).size());
                        if (link < COHESION * Math.min(cohesion(inner[a], groups.get(a).size()),
                                cohesion(inner[b], groups.get(b).size()))) {
                            continue; // two groups that each hold together far better than they link
                        }
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
            inner[bestA] += inner[bestB] + sums[bestA][bestB];
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

    /** A group's average inner link, or 0 (no bar) while it is too small to stand as a story of its own. */
    private static double cohesion(double inner, int size) {
        return size < COHESIVE_GROUP ? 0 : inner / (size * (size - 1) / 2.0);
    }
}
