package vn.cds.baocao.bulletin.service.render;

import java.util.ArrayList;
import java.util.List;

/**
 * The word-level difference between the highlight sentence the app generated from approved data and the sentence
 * the author edited, for the approver's screen: the longest common subsequence of the words, the rest removed or
 * added. Words are compared exactly (a changed figure "1.496" → "1.469" is a changed word).
 */
public final class TextDiff {

    public enum Kind { SAME, ADDED, REMOVED }

    /** Consecutive words of one kind, joined by single spaces. */
    public record Segment(Kind kind, String text) {
    }

    private TextDiff() {
    }

    public static List<Segment> diff(String generated, String edited) {
        List<String> before = words(generated);
        List<String> after = words(edited);
        int n = before.size();
        int m = after.size();
        int[][] common = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                common[i][j] = before.get(i).equals(after.get(j))
                        ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<Segment> segments = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && before.get(i).equals(after.get(j))) {
                add(segments, Kind.SAME, before.get(i));
                i++;
                j++;
            } else if (i < n && (j == m || common[i + 1][j] >= common[i][j + 1])) {
                add(segments, Kind.REMOVED, before.get(i));
                i++;
            } else {
                add(segments, Kind.ADDED, after.get(j));
                j++;
            }
        }
        return List.copyOf(segments);
    }

    /** True when the edited sentence says the same words as the generated one. */
    public static boolean unchanged(String generated, String edited) {
        return words(generated).equals(words(edited));
    }

    /** The segments as HTML: removed words in {@code <del>}, added words in {@code <ins>}, all text escaped. */
    public static String toHtml(List<Segment> segments) {
        StringBuilder html = new StringBuilder();
        for (Segment segment : segments) {
            if (!html.isEmpty()) {
                html.append(' ');
            }
            String text = MarkdownText.escape(segment.text());
            switch (segment.kind()) {
                case SAME -> html.append(text);
                case ADDED -> html.append("<ins>").append(text).append("</ins>");
                case REMOVED -> html.append("<del>").append(text).append("</del>");
            }
        }
        return html.toString();
    }

    private static void add(List<Segment> segments, Kind kind, String word) {
        if (!segments.isEmpty() && segments.getLast().kind() == kind) {
            Segment last = segments.removeLast();
            segments.add(new Segment(kind, last.text() + " " + word));
        } else {
            segments.add(new Segment(kind, word));
        }
    }

    private static List<String> words(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return List.of(text.strip().split("\\s+"));
    }
}
