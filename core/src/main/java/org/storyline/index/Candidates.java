package org.storyline.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;

/**
 * The rankings to fuse, of duplicate groups (each once, at its best-placed member), with the member that
 * stands for each group (the first seen: the best keyword match, else the nearest) and every member seen.
 */
final class Candidates {
    final List<List<String>> rankings = new ArrayList<>();
    final Map<String, Member> shown = new HashMap<>();
    final Map<String, Set<String>> members = new HashMap<>();

    record Member(String id, int doc, SemanticNeighbours.Near near) {}

    void rank(IndexSearcher searcher, ScoreDoc[] docs) throws IOException {
        List<String> ranking = new ArrayList<>();
        for (ScoreDoc d : docs) {
            add(ranking, DuplicateGroups.of(searcher, d.doc), new Member(LuceneArticleIndex.idOf(searcher, d.doc), d.doc, null));
        }
        rankings.add(ranking);
    }

    /** Adds the semantic ranking; returns its groups. */
    Set<String> rank(IndexSearcher searcher, List<SemanticNeighbours.Near> near) throws IOException {
        List<String> ranking = new ArrayList<>();
        for (SemanticNeighbours.Near n : near) {
            String group = DuplicateGroups.of(searcher, n.doc());
            add(ranking, group, new Member(n.id(), n.doc(), n));
            Member first = shown.get(group);
            if (first.id().equals(n.id()) && first.near() == null) {
                shown.put(group, new Member(first.id(), first.doc(), n)); // its nearest passage, for the snippet
            }
        }
        rankings.add(ranking);
        return new LinkedHashSet<>(ranking);
    }

    private void add(List<String> ranking, String group, Member member) {
        members.computeIfAbsent(group, g -> new HashSet<>()).add(member.id());
        shown.putIfAbsent(group, member);
        if (!ranking.contains(group)) {
            ranking.add(group);
        }
    }

    /** The matched copies of {@code group} other than the member shown. */
    int copies(String group) {
        Set<String> seen = new HashSet<>(members.get(group));
        seen.remove(group);
        seen.remove(shown.get(group).id());
        return seen.size();
    }
}
