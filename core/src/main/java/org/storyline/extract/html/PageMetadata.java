package org.storyline.extract.html;

import java.net.URI;
import java.util.List;
import org.storyline.model.Published;

/**
 * The metadata a page declares about itself, before the body is looked at. Any field may be null.
 *
 * @param title     the headline, already cleaned of an outlet suffix
 * @param byline    the author names
 * @param published the publication time
 * @param language  the language tag
 * @param canonical the canonical address
 * @param outlet    the site or publisher name
 * @param leadImage the main image
 * @param section   the section
 * @param body      the article body the page's structured data carries (JSON-LD {@code articleBody})
 * @param summaries the page's descriptions of itself ({@code description}, {@code og:description}, ...), distinct
 */
record PageMetadata(String title, String byline, Published published, String language, URI canonical,
                    String outlet, URI leadImage, String section, String body,
                    List<String> summaries) {
}
