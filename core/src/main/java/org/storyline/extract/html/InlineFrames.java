package org.storyline.extract.html;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * Opens {@code <iframe srcdoc>} documents in place. A {@code srcdoc} is a whole document written into the
 * attribute, and browsers show it where the frame stands; pages built by embedding tools put their article
 * there. Frames that load another address are left to the pruner, since their content is not on the page.
 */
final class InlineFrames {

    /** A frame's document larger than this is not opened (an attribute that size is not an article frame). */
    private static final int MAX_SRCDOC = 2_000_000;

    private InlineFrames() {
    }

    /** Replaces every {@code iframe[srcdoc]} under {@code body} by the body of its document. */
    static int open(Element body) {
        int opened = 0;
        for (Element frame : body.select("iframe[srcdoc]")) {
            String srcdoc = frame.attr("srcdoc");
            if (srcdoc.isBlank() || srcdoc.length() > MAX_SRCDOC || frame.parent() == null) {
                continue;
            }
            Element inner = Jsoup.parse(srcdoc).body();
            Element holder = new Element("div");
            for (Node child : inner.childNodes().toArray(new Node[0])) {
                holder.appendChild(child);
            }
            frame.replaceWith(holder);
            opened++;
        }
        return opened;
    }
}
