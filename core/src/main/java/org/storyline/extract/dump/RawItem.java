package org.storyline.extract.dump;

import java.util.List;
import org.storyline.model.Published;

/**
 * An item of a page as its header block gives it, body not yet cleaned.
 *
 * @param title     the headline as printed, or null when the header had none
 * @param outlet    the outlet named in the header, or null
 * @param published the header's date, or null
 * @param section   the header's section label, or null
 * @param author    the byline, or null
 * @param hashtags  hashtags the page gives for it, without '#'
 * @param body      the body lines, furniture still in
 */
record RawItem(String title, String outlet, Published published, String section, String author,
               List<String> hashtags, List<Line> body) {

    RawItem {
        hashtags = List.copyOf(hashtags);
        body = List.copyOf(body);
    }
}
