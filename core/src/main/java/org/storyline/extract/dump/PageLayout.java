package org.storyline.extract.dump;

import java.util.List;

/**
 * A page cut at its item headers.
 *
 * @param head  the lines before the first item header: the page's own article, if it has one, and its furniture
 * @param items the items that follow headers (outlet / date / labels / title), in page order
 */
record PageLayout(List<Line> head, List<RawItem> items) {

    PageLayout {
        head = List.copyOf(head);
        items = List.copyOf(items);
    }
}
