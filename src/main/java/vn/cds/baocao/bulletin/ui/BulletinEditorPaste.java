package vn.cds.baocao.bulletin.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text pasted from Word as the item's Markdown: one paragraph per line, Word's bullets ("•", "-", "o", Symbol-font
 * bullets) and numbers as list items, tabs and non-breaking spaces as single spaces.
 * <p>
 * Stand-in until the render helper's {@code MarkdownText.fromPasted} (which also reads the clipboard's HTML) is
 * merged: then {@link #toMarkdown} should call it and this class go.
 */
public final class BulletinEditorPaste {

    private static final Pattern BULLET = Pattern.compile("^[•·\\-–—o\\uF0B7\\uF0A7▪➢+*○■●]\\s+(.*)$");
    private static final Pattern NUMBER = Pattern.compile("^(\\d{1,3})[.)]\\s+(.*)$");

    private BulletinEditorPaste() {
    }

    public static String toMarkdown(String pasted) {
        if (pasted == null || pasted.isBlank()) {
            return "";
        }
        List<String> blocks = new ArrayList<>();
        StringBuilder list = new StringBuilder();
        for (String raw : pasted.replace("\r\n", "\n").replace('\r', '\n').split("\n")) {
            String line = raw.replace('\u00A0', ' ').replace('\t', ' ').replaceAll(" {2,}", " ").strip();
            if (line.isEmpty()) {
                continue;
            }
            Matcher bullet = BULLET.matcher(line);
            Matcher number = NUMBER.matcher(line);
            if (bullet.matches()) {
                list.append(list.isEmpty() ? "" : "\n").append("- ").append(bullet.group(1));
            } else if (number.matches()) {
                list.append(list.isEmpty() ? "" : "\n").append(number.group(1)).append(". ").append(number.group(2));
            } else {
                if (!list.isEmpty()) {
                    blocks.add(list.toString());
                    list.setLength(0);
                }
                blocks.add(line);
            }
        }
        if (!list.isEmpty()) {
            blocks.add(list.toString());
        }
        return String.join("\n\n", blocks);
    }
}
