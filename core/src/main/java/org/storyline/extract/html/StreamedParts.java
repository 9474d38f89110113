package org.storyline.extract.html;

import java.util.ArrayList;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * Puts parts of a page that a server streamed out of order back where they belong. React's streaming
 * server rendering (used by Next.js and others) sends a placeholder {@code <template id="B:0">} where a
 * part will go and the part itself later, in {@code <div hidden id="S:0">}; a script then swaps them. We run
 * no scripts, so without this the article sits in a hidden element and is pruned as hidden furniture.
 */
final class StreamedParts {

    private StreamedParts() {
    }

    /** Moves every streamed part into its placeholder; returns how many were moved. */
    static int place(Element body) {
        int moved = 0;
        for (Element part : body.select("div[hidden][id^=S:]")) {
            String suffix = part.id().substring(2);
            Element slot = body.getElementById("B:" + suffix);
            if (slot == null || !slot.nameIs("template") || part.parent() == null) {
                continue;
            }
            for (Node child : new ArrayList<>(part.childNodes())) {
                slot.before(child); // moves the node out of the hidden part
            }
            slot.remove();
            part.remove();
            moved++;
        }
        return moved;
    }
}
