package org.storyline.extract.dump;

import java.util.List;
import org.storyline.model.ParsedArticle;
import org.storyline.model.ParsedArticle.Role;
import org.storyline.model.Published;

/**
 * An article between cleaning and output: like {@link ParsedArticle} but with the body as a list of paragraphs,
 * possibly empty, so later steps can still drop it.
 */
record Draft(String title, String outlet, Published published, String section, String author,
             List<String> hashtags, List<String> paragraphs, Role role) {

    Draft {
        hashtags = List.copyOf(hashtags);
        paragraphs = List.copyOf(paragraphs);
    }

    String text() {
        return String.join("\n\n", paragraphs);
    }

    int wordCount() {
        return paragraphs.stream().mapToInt(TextShape::wordCount).sum();
    }

    Draft withParagraphs(List<String> replacement) {
        return new Draft(title, outlet, published, section, author, hashtags, replacement, role);
    }

    ParsedArticle toArticle() {
        return new ParsedArticle(title, outlet, null, published, section, author, hashtags, text(), role);
    }
}
