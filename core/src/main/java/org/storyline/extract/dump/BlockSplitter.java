package org.storyline.extract.dump;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storyline.model.Published;

/**
 * Cuts a page into the head and the items that follow item headers.
 *
 * <p>A header is anchored on a line that is only a date. Around it: an optional outlet line just above, copies
 * of the title above that, label lines below ("- Politics", "• Los Angeles Times"), then the title line. The
 * item's body runs to the next header. A label equal to the outlet line names the outlet; with no outlet line
 * and two labels the first is the section and the second the outlet; any other label is the section.
 */
final class BlockSplitter {

    private static final Pattern LABEL = Pattern.compile("^[-–—•·*▪►]\\s*(\\S.*)$");
    private static final int MAX_LABEL_WORDS = 6;
    private static final int MAX_TITLE_WORDS = 30;

    private final DumpDates dates;

    BlockSplitter(DumpDates dates) {
        this.dates = dates;
    }

    /** An item header found on the page: where it starts, where its body starts, what it says. */
    private record Header(int start, int bodyStart, String title, String outlet, Published published, String section) {
    }

    PageLayout split(List<Line> lines) {
        List<Header> headers = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < lines.size(); i++) {
            Optional<Published> date = dates.parse(lines.get(i).text());
            if (date.isPresent()) {
                Optional<Header> header = header(lines, i, date.get(), from);
                if (header.isPresent()) {
                    headers.add(header.get());
                    from = header.get().bodyStart();
                    i = from - 1;
                }
            }
        }
        List<RawItem> items = new ArrayList<>();
        for (int h = 0; h < headers.size(); h++) {
            Header header = headers.get(h);
            int end = h + 1 < headers.size() ? headers.get(h + 1).start() : lines.size();
            items.add(new RawItem(header.title(), header.outlet(), header.published(), header.section(), null,
                    List.of(), lines.subList(header.bodyStart(), end)));
        }
        int headEnd = headers.isEmpty() ? lines.size() : headers.get(0).start();
        return new PageLayout(lines.subList(0, headEnd), items);
    }

    private Optional<Header> header(List<Line> lines, int dateAt, Published published, int floor) {
        List<String> labels = new ArrayList<>();
        int j = dateAt + 1;
        while (j < lines.size() && label(lines.get(j).text()).isPresent()) {
            labels.add(label(lines.get(j).text()).get());
            j++;
        }
        if (j >= lines.size() || !isTitle(lines.get(j).text())) {
            return Optional.empty();
        }
        String title = lines.get(j).text();
        int start = dateAt;
        String outlet = null;
        if (start - 1 >= floor && isOutletLine(lines.get(start - 1).text(), labels)) {
            outlet = lines.get(start - 1).text();
            start--;
        }
        while (start - 1 >= floor && LineFilter.fold(lines.get(start - 1).text()).equals(LineFilter.fold(title))) {
            start--;
        }
        return Optional.of(headerOf(start, j + 1, title, outlet, published, labels));
    }

    private static Header headerOf(int start, int bodyStart, String title, String outlet, Published published,
                                   List<String> labels) {
        List<String> rest = new ArrayList<>(labels);
        String named = outlet;
        if (named != null) {
            String key = LineFilter.fold(named);
            rest.removeIf(l -> LineFilter.fold(l).equals(key));
        } else if (rest.size() >= 2) {
            named = rest.remove(rest.size() - 1);
        }
        String section = rest.isEmpty() ? null : rest.get(0);
        return new Header(start, bodyStart, title, named, published, section);
    }

    private Optional<String> label(String text) {
        Matcher m = LABEL.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        String value = m.group(1).strip();
        boolean shortName = TextShape.wordCount(value) <= MAX_LABEL_WORDS && !TextShape.endsLikeSentence(value);
        return shortName ? Optional.of(value) : Optional.empty();
    }

    private boolean isTitle(String text) {
        int words = TextShape.wordCount(text);
        return words >= 2 && words <= MAX_TITLE_WORDS && !dates.isDate(text) && label(text).isEmpty()
                && TextShape.looksLikeWords(text, 0);
    }

    // The outlet line is named again by a label, or, without labels, is a short name in capitals.
    private boolean isOutletLine(String text, List<String> labels) {
        if (TextShape.endsLikeSentence(text) || TextShape.wordCount(text) > MAX_LABEL_WORDS || dates.isDate(text)) {
            return false;
        }
        if (labels.stream().anyMatch(l -> LineFilter.fold(l).equals(LineFilter.fold(text)))) {
            return true;
        }
        return labels.isEmpty() && TextShape.tokens(text).stream().allMatch(t -> Character.isUpperCase(t.charAt(0)));
    }
}
