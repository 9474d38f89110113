package org.storyline.extract.dump;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.storyline.model.ParsedArticle;
import org.storyline.model.ParsedArticle.Role;
import org.storyline.model.RawDocument;

/**
 * Splits an aggregator page dump into its clean articles.
 *
 * <pre>{@code
 * RawDocument page = new RawDocument("seeds/000.txt", Format.TEXT_DUMP, text, capturedAt, false);
 * List<ParsedArticle> articles = new DumpParser().parse(page);
 * // the MAIN article first, then RELATED (article page) or LISTED (listing page) items, in page order
 * }</pre>
 *
 * <p>The order of the steps lives here only: cut the page at item headers, read the page's own article from
 * the head, clean titles and bodies, merge copies of one story, drop what has no title or no body left.
 */
public final class DumpParser {

    /** The articles on the page, in page order; empty when the page holds no recognisable article. */
    public List<ParsedArticle> parse(RawDocument document) {
        if (TextShape.isGarbage(document.content())) {
            return List.of();
        }
        DumpDates dates = new DumpDates(document.capturedAt(), document.capturedAtApprox());
        PageLayout layout = new BlockSplitter(dates).split(Line.of(document.content()));
        Optional<RawItem> main = new HeadReader(dates).read(layout.head());
        List<String> pageTags = HeadReader.hashtags(layout.head());
        List<RawItem> raw = new ArrayList<>();
        main.ifPresent(raw::add);
        raw.addAll(layout.items());
        TitleCleaner titles = new TitleCleaner(dates, outlets(raw));
        List<Draft> drafts = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            boolean isMain = main.isPresent() && i == 0;
            Role role = isMain ? Role.MAIN : main.isPresent() ? Role.RELATED : Role.LISTED;
            drafts.add(draft(raw.get(i), role, main.isPresent() ? List.of() : pageTags, titles, raw));
        }
        return CopyMerger.merge(drafts.stream().filter(DumpParser::hasContent).toList())
                .stream().map(Draft::toArticle).toList();
    }

    private static Draft draft(RawItem item, Role role, List<String> pageTags, TitleCleaner titles, List<RawItem> all) {
        String title = item.title() == null ? "" : titles.clean(item.title());
        List<String> paragraphs = SentenceFilter.clean(LineFilter.paragraphs(item.body(), titleKeys(all)));
        List<String> tags = item.hashtags().isEmpty() ? pageTags : item.hashtags();
        return new Draft(title, outlet(item, role), item.published(), item.section(), item.author(), tags, paragraphs, role);
    }

    // The page's own article names its outlet in its header or, failing that, in the outlet's subscription prompt
    // ("Want all of The Times? Subscribe."); an item listed on the page is not the page's, so its prompt is not read.
    private static String outlet(RawItem item, Role role) {
        if (item.outlet() != null || role != Role.MAIN) {
            return item.outlet();
        }
        return SubscriptionLine.outlet(item.body().stream().map(Line::text).toList()).orElse(null);
    }

    private static boolean hasContent(Draft draft) {
        return !draft.title().isBlank() && !draft.paragraphs().isEmpty();
    }

    private static Set<String> outlets(List<RawItem> items) {
        Set<String> outlets = new HashSet<>();
        for (RawItem item : items) {
            if (item.outlet() != null) {
                outlets.add(LineFilter.fold(item.outlet()));
            }
        }
        return outlets;
    }

    // A body line that repeats any item's headline is that headline shown again, never a paragraph.
    private static Set<String> titleKeys(List<RawItem> items) {
        Set<String> keys = new HashSet<>();
        for (RawItem item : items) {
            if (item.title() != null) {
                keys.add(LineFilter.fold(item.title()));
            }
        }
        return keys;
    }
}
