package org.storyline.web;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.storyline.model.StoredArticle;

/**
 * A story's articles per day, stacked by outlet, laid out for a server-rendered SVG (no script): the busiest
 * outlets get a colour each, the rest share one. Days without a dated article stay as gaps, so quiet days show.
 *
 * <pre>{@code
 * StoryChart chart = StoryChart.of(store.articlesOfStory(id));
 * chart.bars(); // x, y, width, height and colour class of each outlet's share of each day
 * }</pre>
 *
 * @param series  the outlets with a colour, busiest first; the last may be "other outlets"
 * @param bars    one rectangle per outlet per day
 * @param days    each day shown, with its counts (for the table beside the chart)
 * @param yTicks  labels on the count axis
 * @param xTicks  labels on the date axis
 * @param undated articles without a date, left out
 */
public record StoryChart(List<Series> series, List<Bar> bars, List<Day> days, List<Tick> yTicks, List<Tick> xTicks,
                         int undated) {

    public static final int WIDTH = 640;
    public static final int HEIGHT = 220;
    static final int LEFT = 36;
    static final int RIGHT = 8;
    static final int TOP = 12;
    static final int BOTTOM = 30;
    static final int COLOURS = 6;
    static final int MAX_DAYS = 60;
    private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    /** An outlet and its colour class ({@code s0}..{@code s6}). */
    public record Series(String name, String colour, int articles) {}

    /** One outlet's articles on one day: a rectangle and what it stands for. */
    public record Bar(int x, int y, int width, int height, String colour, String title) {}

    /** A day and its article count per series, in series order. */
    public record Day(String label, List<Integer> counts, int total) {}

    /** An axis label at a position. */
    public record Tick(int at, String text) {}

    /** Whether there is anything worth drawing: dated articles on at least two days. */
    public boolean drawable() {
        return days.size() >= 2;
    }

    /** The chart's text alternative in one sentence. */
    public String summary() {
        int total = days.stream().mapToInt(Day::total).sum();
        Day busiest = days.stream().max(Comparator.comparingInt(Day::total)).orElse(null);
        return total + " dated articles over " + days.size() + " days"
                + (busiest == null ? "" : "; the busiest day was " + busiest.label() + " with " + busiest.total());
    }

    public static StoryChart of(List<StoredArticle> articles) {
        Map<String, Integer> perOutlet = new LinkedHashMap<>();
        TreeMap<LocalDate, Map<String, Integer>> perDay = new TreeMap<>();
        int undated = 0;
        for (StoredArticle a : articles) {
            if (a.article().published() == null) {
                undated++;
                continue;
            }
            String outlet = Show.outlet(a.article().outlet());
            LocalDate day = a.article().published().instant().atZone(ZoneOffset.UTC).toLocalDate();
            perOutlet.merge(outlet, 1, Integer::sum);
            perDay.computeIfAbsent(day, d -> new LinkedHashMap<>()).merge(outlet, 1, Integer::sum);
        }
        if (perDay.isEmpty()) {
            return new StoryChart(List.of(), List.of(), List.of(), List.of(), List.of(), undated);
        }
        LocalDate last = perDay.lastKey();
        LocalDate first = perDay.firstKey().isBefore(last.minusDays(MAX_DAYS - 1)) ? last.minusDays(MAX_DAYS - 1)
                : perDay.firstKey();
        List<String> ranked = perOutlet.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).toList();
        boolean others = ranked.size() > COLOURS + 1;
        List<String> named = others ? ranked.subList(0, COLOURS) : ranked;
        List<Series> series = new ArrayList<>();
        for (int i = 0; i < named.size(); i++) {
            series.add(new Series(named.get(i), "s" + i, perOutlet.get(named.get(i))));
        }
        if (others) {
            int rest = ranked.subList(COLOURS, ranked.size()).stream().mapToInt(perOutlet::get).sum();
            series.add(new Series("other outlets", "s" + COLOURS, rest));
        }
        return layout(series, named, perDay, first, last, undated);
    }

    private static StoryChart layout(List<Series> series, List<String> named, TreeMap<LocalDate, Map<String, Integer>> perDay,
                                     LocalDate first, LocalDate last, int undated) {
        int dayCount = (int) ChronoUnit.DAYS.between(first, last) + 1;
        List<Day> days = new ArrayList<>();
        int max = 1;
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            Map<String, Integer> counts = perDay.getOrDefault(d, Map.of());
            List<Integer> row = new ArrayList<>();
            for (Series s : series) {
                row.add(named.contains(s.name()) ? counts.getOrDefault(s.name(), 0)
                        : counts.entrySet().stream().filter(e -> !named.contains(e.getKey())).mapToInt(Map.Entry::getValue).sum());
            }
            int total = row.stream().mapToInt(Integer::intValue).sum();
            max = Math.max(max, total);
            days.add(new Day(Show.day(d), row, total));
        }
        int plotWidth = WIDTH - LEFT - RIGHT;
        int plotHeight = HEIGHT - TOP - BOTTOM;
        double slot = plotWidth / (double) dayCount;
        int barWidth = Math.max(2, (int) Math.floor(slot * 0.8));
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < days.size(); i++) {
            int x = LEFT + (int) Math.round(i * slot + (slot - barWidth) / 2);
            int stacked = 0;
            for (int s = 0; s < series.size(); s++) {
                int n = days.get(i).counts().get(s);
                if (n == 0) {
                    continue;
                }
                int y0 = TOP + plotHeight - (int) Math.round(plotHeight * (stacked + n) / (double) max);
                int y1 = TOP + plotHeight - (int) Math.round(plotHeight * stacked / (double) max);
                bars.add(new Bar(x, y0, barWidth, Math.max(1, y1 - y0), series.get(s).colour(),
                        days.get(i).label() + ": " + series.get(s).name() + ", " + n + (n == 1 ? " article" : " articles")));
                stacked += n;
            }
        }
        List<Tick> yTicks = new ArrayList<>();
        for (int v : List.of(0, max / 2, max)) {
            if (yTicks.stream().noneMatch(t -> t.text().equals(String.valueOf(v)))) {
                yTicks.add(new Tick(TOP + plotHeight - (int) Math.round(plotHeight * v / (double) max), String.valueOf(v)));
            }
        }
        List<Tick> xTicks = new ArrayList<>();
        int step = Math.max(1, (int) Math.ceil(dayCount / 6.0));
        for (int i = 0; i < dayCount; i += step) {
            xTicks.add(new Tick(LEFT + (int) Math.round(i * slot + slot / 2), LABEL.format(first.plusDays(i))));
        }
        return new StoryChart(series, bars, days, yTicks, xTicks, undated);
    }
}
