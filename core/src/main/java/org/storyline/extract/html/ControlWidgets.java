package org.storyline.extract.html;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * The small blocks built around a form control: a consent toggle for an embedded video ("Ich bin damit
 * einverstanden, dass mir Inhalte von YouTube angezeigt werden"), a poll, a newsletter box, a rating. Their
 * text tells a reader how to use the control; it is interface, not article, in any language and under any
 * class name.
 *
 * <p>A widget is the largest ancestor of a control whose text stays under {@value #WIDGET_TEXT} characters,
 * below any {@code <article>} or {@code <main>}, and past a {@code <form>} only while little text lies beside
 * it (a box's title and a line about it, not a post above its reply form); a control placed straight in a long article (a "show more"
 * button) makes no widget, and the pruner keeps a widget that holds most of the page's prose.
 */
final class ControlWidgets {

    /**
     * Inputs that are actions or carry nothing to fill in. Buttons ("Share", "Save", "Listen") are left out
     * too: they sit anywhere, in an article's own header and between its paragraphs, and ask no question.
     */
    private static final Set<String> ACTIONS = Set.of("hidden", "submit", "button", "image", "reset");
    /** More text than this around a control is more than its instructions. */
    static final int WIDGET_TEXT = 600;
    /** Text beside a form that still belongs to it: a title and a line saying what it is for. */
    private static final int BESIDE_FORM = 200;

    private ControlWidgets() {
    }

    /**
     * The parents of the form controls among {@code elements} that ask for an answer (check boxes, radio
     * buttons, text fields, selects, text areas), to be read before the controls are removed.
     */
    static List<Element> holders(List<Element> elements) {
        List<Element> holders = new ArrayList<>();
        for (Element element : elements) {
            if (isControl(element) && element.parent() != null) {
                holders.add(element.parent());
            }
        }
        return holders;
    }

    /** The widgets around {@code holders}, with {@code stats} counted once the controls were removed. */
    static Set<Element> around(List<Element> holders, Element body, TextStats stats) {
        Set<Element> widgets = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element holder : holders) {
            Element widget = null;
            int formText = -1;
            for (Element e = holder; e != null && e != body && stats.of(e).text <= WIDGET_TEXT
                    && !BoilerplatePruner.NEVER.contains(e.normalName()); e = e.parent()) {
                if (formText >= 0 && stats.of(e).text - formText > BESIDE_FORM) {
                    break; // more than a form's title and a line about it: a short post above its reply form
                }
                widget = e;
                if (formText < 0 && e.nameIs("form")) {
                    formText = stats.of(e).text;
                }
            }
            if (widget != null) {
                widgets.add(widget);
            }
        }
        return widgets;
    }

    private static boolean isControl(Element element) {
        return switch (element.normalName()) {
            case "input" -> !ACTIONS.contains(element.attr("type").toLowerCase(Locale.ROOT));
            case "select", "textarea" -> true;
            default -> false;
        };
    }
}
