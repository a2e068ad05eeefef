package vn.cds.baocao.bulletin.service.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Text pasted from Word into the editor, as Markdown paragraphs: Word's plain text has one line per paragraph,
 * tabs, non-breaking spaces and "•"/"-"/"o" bullets; its HTML (when the clipboard gave HTML) has p, li, b, i and a
 * tags among much styling. Everything else (styles, classes, Word's own tags, scripts) is dropped.
 */
final class PastedText {

    /** Bullets Word writes in plain text: "•", "·", "-", "–", "o", Symbol-font "", "▪", "➢", "+". */
    private static final Set<Character> BULLETS = Set.of('•', '·', '-', '–', '—', 'o', '\uF0B7', '\uF0A7', '▪',
            '➢', '+', '*', '○', '■', '●');
    private static final Set<String> BLOCK_TAGS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6",
            "blockquote", "pre", "tr", "table", "section", "article");

    private PastedText() {
    }

    static String toMarkdown(String pasted) {
        if (pasted == null || pasted.isBlank()) {
            return "";
        }
        Document html = Jsoup.parse(pasted);
        boolean isHtml = !html.body().children().isEmpty() || !html.head().children().isEmpty();
        List<Line> lines = isHtml ? htmlLines(html) : plainLines(pasted);
        return markdown(lines);
    }

    /** A paragraph or a list item of the pasted text, its text already Markdown. */
    private record Line(String markdown, boolean bullet, Integer number) {
    }

    private static List<Line> plainLines(String pasted) {
        List<Line> lines = new ArrayList<>();
        for (String raw : pasted.replace("\r\n", "\n").replace('\r', '\n').split("\n")) {
            String text = spaces(raw);
            if (!text.isEmpty()) {
                lines.add(line(text, true));
            }
        }
        return lines;
    }

    private static List<Line> htmlLines(Document html) {
        html.select("script, style, head, title, meta, link, xml, template, noscript, iframe, object, svg").remove();
        List<Line> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        collect(html.body(), current, lines, false);
        flush(current, lines, false);
        return lines;
    }

    private static void collect(Element element, StringBuilder current, List<Line> lines, boolean inItem) {
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode text) {
                current.append(escapeInline(text.getWholeText().replace('\n', ' ')));
            } else if (child instanceof Element tag) {
                String name = tag.normalName();
                if ("br".equals(name)) {
                    current.append("\n");
                } else if ("li".equals(name)) {
                    flush(current, lines, false);
                    collect(tag, current, lines, true);
                    String text = spaces(current.toString());
                    current.setLength(0);
                    if (!text.isEmpty()) {
                        boolean ordered = tag.parent() != null && "ol".equals(tag.parent().normalName());
                        lines.add(new Line(text, !ordered, ordered ? tag.elementSiblingIndex() + 1 : null));
                    }
                } else if (BLOCK_TAGS.contains(name) || "ul".equals(name) || "ol".equals(name)) {
                    if (!inItem) {
                        flush(current, lines, false);
                    }
                    collect(tag, current, lines, inItem);
                    if (!inItem) {
                        flush(current, lines, false);
                    }
                } else if ("b".equals(name) || "strong".equals(name)) {
                    wrap(tag, "**", current, lines, inItem);
                } else if ("i".equals(name) || "em".equals(name)) {
                    wrap(tag, "*", current, lines, inItem);
                } else if ("a".equals(name) && MarkdownText.isSafeLink(tag.attr("href"))) {
                    StringBuilder label = new StringBuilder();
                    collect(tag, label, lines, true);
                    String text = spaces(label.toString());
                    current.append(text.isEmpty() ? "" : "[" + text + "](" + tag.attr("href").strip() + ")");
                } else {
                    collect(tag, current, lines, inItem);
                }
            }
        }
    }

    private static void wrap(Element tag, String marker, StringBuilder current, List<Line> lines, boolean inItem) {
        StringBuilder inner = new StringBuilder();
        collect(tag, inner, lines, true);
        String text = inner.toString();
        String stripped = text.strip();
        if (stripped.isEmpty()) {
            current.append(text);
            return;
        }
        // the markers must touch the text: "** x**" is not bold in Markdown
        int lead = text.indexOf(stripped);
        current.append(text, 0, lead).append(marker).append(stripped).append(marker)
                .append(text.substring(lead + stripped.length()));
    }

    private static void flush(StringBuilder current, List<Line> lines, boolean plain) {
        for (String part : current.toString().split("\n")) {
            String text = spaces(part);
            if (!text.isEmpty()) {
                lines.add(line(text, plain));
            }
        }
        current.setLength(0);
    }

    /** A paragraph, or a list item when it starts with a bullet or "1." / "1)". */
    private static Line line(String text, boolean plain) {
        String body = plain ? escapeInline(text) : text;
        char first = text.charAt(0);
        if (BULLETS.contains(first) && text.length() > 1 && Character.isWhitespace(text.charAt(1))) {
            String rest = text.substring(2).strip();
            return new Line(plain ? escapeInline(rest) : rest, true, null);
        }
        if (first == '\uF0B7' || first == '•' || first == '▪' || first == '➢' || first == '●') {
            String rest = text.substring(1).strip();
            return new Line(plain ? escapeInline(rest) : rest, true, null);
        }
        int digits = 0;
        while (digits < text.length() && digits < 3 && Character.isDigit(text.charAt(digits))) {
            digits++;
        }
        if (digits > 0 && digits + 1 < text.length() && (text.charAt(digits) == '.' || text.charAt(digits) == ')')
                && Character.isWhitespace(text.charAt(digits + 1))) {
            String rest = text.substring(digits + 2).strip();
            return new Line(plain ? escapeInline(rest) : rest, false, Integer.parseInt(text.substring(0, digits)));
        }
        return new Line(escapeStart(body), false, null);
    }

    private static String markdown(List<Line> lines) {
        StringBuilder markdown = new StringBuilder();
        Line previous = null;
        for (Line line : lines) {
            if (previous != null) {
                boolean sameList = (line.bullet() && previous.bullet())
                        || (line.number() != null && previous.number() != null);
                markdown.append(sameList ? "\n" : "\n\n");
            }
            if (line.bullet()) {
                markdown.append("- ");
            } else if (line.number() != null) {
                markdown.append(line.number()).append(". ");
            }
            markdown.append(line.markdown());
            previous = line;
        }
        return markdown.toString();
    }

    /** Tabs, non-breaking and repeated spaces as one space. */
    private static String spaces(String text) {
        StringBuilder result = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\t' || c == '\u00A0' || c == '\u202F' || c == '\u2007' || c == ' ' || c == '\u200B') {
                space = true;
            } else {
                if (space && !result.isEmpty()) {
                    result.append(' ');
                }
                space = false;
                result.append(c);
            }
        }
        return result.toString();
    }

    /** Characters that would become markup inside a line ("a*b*c", "[1]", "<b>") kept as text. */
    private static String escapeInline(String text) {
        StringBuilder result = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' || c == '*' || c == '_' || c == '`' || c == '[' || c == ']' || c == '<') {
                result.append('\\');
            }
            result.append(c);
        }
        return result.toString();
    }

    /** A paragraph starting with "#", ">" or "1." that is not meant as a heading, quote or list. */
    private static String escapeStart(String text) {
        if (text.startsWith("#") || text.startsWith(">") || text.startsWith("-") || text.startsWith("+")
                || text.startsWith("=")) {
            return "\\" + text;
        }
        int digits = 0;
        while (digits < text.length() && Character.isDigit(text.charAt(digits))) {
            digits++;
        }
        if (digits > 0 && digits < text.length() && (text.charAt(digits) == '.' || text.charAt(digits) == ')')) {
            return text.substring(0, digits) + "\\" + text.substring(digits);
        }
        return text;
    }
}
