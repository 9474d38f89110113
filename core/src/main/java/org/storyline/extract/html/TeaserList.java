package org.storyline.extract.html;

import java.util.List;
import org.storyline.extract.html.BlockCollector.Block;
import org.storyline.extract.html.BlockCollector.Kind;

/**
 * Recognises a page of teasers (a section front, a topic or tag page): its text is a run of other stories'
 * headlines, each a heading that is all one link to the story, with the story's summary paragraph under it.
 * Such a page has no article of its own, so its body is empty; taking the summaries would pass a dozen other
 * stories' openings off as one article. An article's own subheadings are not links, and the rare one that is
 * (a linked name in a round-up) heads paragraphs of its own, not a one-sentence summary.
 */
final class TeaserList {

    /** Fewer teasers may be a "see also" box under a short article. */
    private static final int MIN_TEASERS = 3;
    /** A heading this much link text is a link to a story. */
    private static final double LINKED = 0.9;
    /** Headlines are shorter than this (visible characters). */
    private static final int HEADLINE = 150;
    /** A teaser's summary is a sentence or two: shorter than this, and itself hardly linked. */
    private static final int SUMMARY = 400;
    private static final double SUMMARY_LINKS = 0.3;
    /** The summaries under linked headlines make at least this share of the text not in links. */
    private static final double SHARE = 0.5;

    private TeaserList() {
    }

    /** True when {@code blocks} (the text of a whole page, before pruning) read as a list of teasers. */
    static boolean is(List<Block> blocks) {
        int teasers = 0;
        long summaries = 0;
        long prose = 0;
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (block.linkDensity() <= SUMMARY_LINKS) {
                prose += TextStats.visibleLength(block.text());
            }
            if (i + 1 < blocks.size() && isLinkedHeadline(block) && isSummary(blocks.get(i + 1))) {
                teasers++;
                summaries += TextStats.visibleLength(blocks.get(i + 1).text());
            }
        }
        return teasers >= MIN_TEASERS && summaries >= SHARE * prose;
    }

    private static boolean isLinkedHeadline(Block block) {
        return (block.kind() == Kind.HEADING || block.kind() == Kind.HEADLINE) && block.linkDensity() >= LINKED
                && TextStats.visibleLength(block.text()) < HEADLINE;
    }

    private static boolean isSummary(Block block) {
        return block.kind() == Kind.PARAGRAPH && block.linkDensity() <= SUMMARY_LINKS
                && TextStats.visibleLength(block.text()) < SUMMARY;
    }
}
