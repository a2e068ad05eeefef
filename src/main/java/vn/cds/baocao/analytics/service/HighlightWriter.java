package vn.cds.baocao.analytics.service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import vn.cds.baocao.analytics.service.Highlight.Kind;
import vn.cds.baocao.analytics.service.Highlight.UnitFigure;
import vn.cds.baocao.analytics.service.SectionTable.Row;
import vn.cds.baocao.base.format.VnFormat;
import vn.cds.baocao.base.i18n.Messages;
import vn.cds.baocao.indicator.service.Change;
import vn.cds.baocao.indicator.service.Change.Direction;
import vn.cds.baocao.indicator.service.Verdict;

/**
 * "Từ bảng trên cho thấy": sentences in the seed reports' style, computed from a table's approved figures.
 * <ul>
 *   <li>every unit has the same figure: "Các đơn vị đều đạt 100% về …";</li>
 *   <li>counts and amounts: the three largest units, or four when the fourth brings them to 72 % of the total;
 *   percentages: the units at the best figure, and up to five with the close ones behind them
 *   ({@link TopUnits}, the rules that reproduce the seed reports' sentences);</li>
 *   <li>units that miss the target, worst first; the biggest rise and fall against the earlier period;</li>
 *   <li>the units whose report is not approved yet.</li>
 * </ul>
 */
public final class HighlightWriter {

    static final int MAX_LISTED = 10;

    private final Locale locale;

    public HighlightWriter(Locale locale) {
        this.locale = locale;
    }

    public List<Highlight> write(List<ColumnSpec> columns, List<Row> rows, List<UnitRef> notApproved) {
        List<Highlight> highlights = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            ColumnSpec column = columns.get(c);
            List<Figure> figures = new ArrayList<>();
            List<Figure> rises = new ArrayList<>();
            List<Figure> falls = new ArrayList<>();
            boolean complete = true;
            for (Row row : rows) {
                Cell cell = row.cells().get(c);
                if (cell.hasValue()) {
                    Figure figure = new Figure(row.unit(), cell);
                    figures.add(figure);
                    if (changed(cell, Direction.UP)) {
                        rises.add(figure);
                    } else if (changed(cell, Direction.DOWN)) {
                        falls.add(figure);
                    }
                } else if (cell.state() != Cell.State.NOT_APPLICABLE) {
                    complete = false;
                }
            }
            if (figures.size() < 2) {
                continue;
            }
            if (complete && allEqual(figures)) {
                highlights.add(allEqual(column, figures));
            } else {
                top(column, figures).ifPresent(highlights::add);
            }
            target(column, figures).ifPresent(highlights::add);
            change(column, rises, Direction.UP).ifPresent(highlights::add);
            change(column, falls, Direction.DOWN).ifPresent(highlights::add);
        }
        if (!notApproved.isEmpty()) {
            highlights.add(new Highlight(Kind.NOT_APPROVED, null,
                    Messages.get(locale, "analytics.highlight.notApproved", VnFormat.integer(notApproved.size()),
                            list(notApproved, UnitRef::shortName)),
                    notApproved.stream().map(u -> new UnitFigure(u.code(), u.shortName(), null)).toList()));
        }
        return highlights;
    }

    private Highlight allEqual(ColumnSpec column, List<Figure> figures) {
        BigDecimal value = figures.getFirst().cell().value();
        String key = column.isPercent() ? "analytics.highlight.allEqualPercent" : "analytics.highlight.allEqual";
        return new Highlight(Kind.ALL_EQUAL, column.code(),
                Messages.get(locale, key, column.format(value), lowerFirst(column.name())), List.of());
    }

    private Optional<Highlight> top(ColumnSpec column, List<Figure> figures) {
        List<Figure> best = new ArrayList<>(figures.stream().filter(f -> f.unit().reporting()).toList());
        best.sort(byValue(column.higherIsBetter()).thenComparingInt(f -> f.unit().displayOrder()));
        BigDecimal total = figures.stream().map(Figure::value).filter(v -> v.signum() > 0)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        List<Figure> chosen = column.isPercent() ? TopUnits.best(best, Figure::value)
                : TopUnits.largest(best, Figure::value, total);
        if (chosen.isEmpty()) {
            return Optional.empty();
        }
        String key = !column.higherIsBetter() ? "analytics.highlight.topLowest"
                : column.isPercent() ? "analytics.highlight.topPercent" : "analytics.highlight.topCount";
        return Optional.of(new Highlight(Kind.TOP, column.code(),
                Messages.get(locale, key, lowerFirst(column.name()), figures(chosen, f -> column.format(f.cell().value()))),
                unitFigures(chosen)));
    }

    private Optional<Highlight> target(ColumnSpec column, List<Figure> figures) {
        if (column.targetText() == null) {
            return Optional.empty();
        }
        List<Figure> missed = figures.stream().filter(f -> f.cell().verdict() == Verdict.MISSED)
                .sorted(byValue(!column.higherIsBetter()).thenComparingInt(f -> f.unit().displayOrder()))
                .toList();
        boolean judged = figures.stream().anyMatch(f -> f.cell().verdict() != Verdict.NONE);
        if (!judged) {
            return Optional.empty();
        }
        if (missed.isEmpty()) {
            return Optional.of(new Highlight(Kind.ALL_MET_TARGET, column.code(),
                    Messages.get(locale, "analytics.highlight.allMetTarget", column.targetText(),
                            lowerFirst(column.name())), List.of()));
        }
        return Optional.of(new Highlight(Kind.MISSED_TARGET, column.code(),
                Messages.get(locale, "analytics.highlight.missedTarget", column.targetText(),
                        lowerFirst(column.name()), figures(missed, f -> column.format(f.cell().value()))),
                unitFigures(missed)));
    }

    /** True when the cell's figure rose (or fell) by a known, non-zero amount. */
    private static boolean changed(Cell cell, Direction direction) {
        Change change = cell.change();
        return change != null && change.direction() == direction && change.amount() != null
                && change.amount().signum() > 0;
    }

    /** The biggest rise (or fall) among {@code changed}, the figures that changed that way ({@link #changed}). */
    private Optional<Highlight> change(ColumnSpec column, List<Figure> changed, Direction direction) {
        if (changed.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal extreme = changed.stream().map(f -> f.cell().change().amount()).max(BigDecimal::compareTo)
                .orElseThrow();
        List<Figure> chosen = changed.stream().filter(f -> f.cell().change().amount().compareTo(extreme) == 0)
                .sorted(Comparator.comparingInt(f -> f.unit().displayOrder())).toList();
        String comparedWith = chosen.getFirst().cell().change().comparedWith();
        String key = direction == Direction.UP ? "analytics.highlight.biggestRise" : "analytics.highlight.biggestFall";
        return Optional.of(new Highlight(direction == Direction.UP ? Kind.BIGGEST_RISE : Kind.BIGGEST_FALL,
                column.code(), Messages.get(locale, key, comparedWith, lowerFirst(column.name()),
                        figures(chosen, f -> Change.text(f.cell().change(), locale))),
                unitFigures(chosen)));
    }

    private String figures(List<Figure> chosen, Function<Figure, String> detail) {
        return list(chosen,
                f -> Messages.get(locale, "analytics.highlight.figure", f.unit().shortName(), detail.apply(f)));
    }

    private static List<UnitFigure> unitFigures(List<Figure> chosen) {
        return chosen.stream().map(f -> new UnitFigure(f.unit().code(), f.unit().shortName(), f.cell().value()))
                .toList();
    }

    /** "A, B, C" or "A, …, J và 25 đơn vị khác": only the named items are written (thousands may miss a target). */
    private <T> String list(List<T> items, Function<T, String> text) {
        String named = String.join(", ", items.stream().limit(MAX_LISTED).map(text).toList());
        if (items.size() <= MAX_LISTED) {
            return named;
        }
        return Messages.get(locale, "analytics.highlight.andMore", named, VnFormat.integer(items.size() - MAX_LISTED));
    }

    private static boolean allEqual(List<Figure> figures) {
        BigDecimal first = figures.getFirst().cell().value();
        return figures.stream().allMatch(f -> f.cell().value().compareTo(first) == 0);
    }

    private static Comparator<Figure> byValue(boolean highestFirst) {
        Comparator<Figure> ascending = Comparator.comparing(f -> f.cell().value());
        return highestFirst ? ascending.reversed() : ascending;
    }

    /** "Tỷ lệ văn bản …" → "tỷ lệ văn bản …", but "DVC …" stays. */
    static String lowerFirst(String name) {
        if (name == null || name.length() < 2 || Character.isUpperCase(name.charAt(1))) {
            return name;
        }
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    private record Figure(UnitRef unit, Cell cell) {

        BigDecimal value() {
            return cell.value();
        }
    }
}
