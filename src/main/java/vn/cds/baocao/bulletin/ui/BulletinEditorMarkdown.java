package vn.cds.baocao.bulletin.ui;

/**
 * What the formatting buttons of an item's text do to the Markdown: wrap the selection in ** or *, make the selected
 * lines a list, make the selection a link. With nothing selected, a placeholder word is inserted at the caret and
 * selected, so the next keystroke replaces it.
 */
public final class BulletinEditorMarkdown {

    public enum Format { BOLD, ITALIC, BULLETS, NUMBERED, LINK }

    /** The new text and the selection to restore. */
    public record Edit(String text, int selectionStart, int selectionEnd) {
    }

    static final String LINK_TARGET = "https://";

    private BulletinEditorMarkdown() {
    }

    /**
     * @param start       the selection's start in {@code text} (clamped; the caret when nothing is selected)
     * @param placeholder the word inserted when nothing is selected ("chữ đậm")
     */
    public static Edit apply(Format format, String text, int start, int end, String placeholder) {
        String value = text == null ? "" : text;
        int from = Math.max(0, Math.min(Math.min(start, end), value.length()));
        int to = Math.max(from, Math.min(Math.max(start, end), value.length()));
        return switch (format) {
            case BOLD -> wrap(value, from, to, "**", "**", placeholder);
            case ITALIC -> wrap(value, from, to, "*", "*", placeholder);
            case LINK -> link(value, from, to, placeholder);
            case BULLETS -> list(value, from, to, false, placeholder);
            case NUMBERED -> list(value, from, to, true, placeholder);
        };
    }

    private static Edit wrap(String value, int from, int to, String before, String after, String placeholder) {
        String selected = value.substring(from, to);
        // spaces selected with a word stay outside the markers ("** đậm**" is not bold in Markdown)
        String lead = selected.substring(0, selected.length() - selected.stripLeading().length());
        String trail = selected.substring(selected.stripTrailing().length());
        String word = selected.isBlank() ? placeholder : selected.strip();
        String inserted = (selected.isBlank() ? selected : lead) + before + word + after
                + (selected.isBlank() ? "" : trail);
        int wordStart = from + (selected.isBlank() ? selected.length() : lead.length()) + before.length();
        return new Edit(value.substring(0, from) + inserted + value.substring(to), wordStart,
                wordStart + word.length());
    }

    private static Edit link(String value, int from, int to, String placeholder) {
        String selected = value.substring(from, to).strip();
        String label = selected.isEmpty() ? placeholder : selected;
        String inserted = "[" + label + "](" + LINK_TARGET + ")";
        int targetStart = from + label.length() + 3 + LINK_TARGET.length();
        return new Edit(value.substring(0, from) + inserted + value.substring(to), targetStart, targetStart);
    }

    /** Every line touched by the selection becomes a list item; a list needs an empty line before it. */
    private static Edit list(String value, int from, int to, boolean numbered, String placeholder) {
        int lineStart = value.lastIndexOf('\n', from - 1) + 1;
        int lineEnd = value.indexOf('\n', to);
        if (lineEnd < 0) {
            lineEnd = value.length();
        }
        String[] lines = value.substring(lineStart, lineEnd).split("\n", -1);
        StringBuilder list = new StringBuilder();
        int number = 1;
        for (String line : lines) {
            if (!list.isEmpty()) {
                list.append('\n');
            }
            String item = line.strip().replaceFirst("^([-*•]|\\d+[.)])\\s+", "");
            if (item.isEmpty() && lines.length == 1) {
                item = placeholder;
            }
            if (!item.isEmpty()) {
                list.append(numbered ? (number++) + ". " : "- ").append(item);
            }
        }
        String before = value.substring(0, lineStart);
        String separator = before.isEmpty() || before.endsWith("\n\n") ? "" : before.endsWith("\n") ? "\n" : "\n\n";
        String after = value.substring(lineEnd);
        String result = before + separator + list + after;
        int end = before.length() + separator.length() + list.length();
        return new Edit(result, end, end);
    }
}
