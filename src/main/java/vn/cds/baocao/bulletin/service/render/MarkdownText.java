package vn.cds.baocao.bulletin.service.render;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;
import org.jsoup.safety.Safelist;

/**
 * The one place where the bulletin's Markdown becomes output (HTML, the DOCX/PDF blocks, plain text) and where
 * typed or pasted text becomes the Markdown that is stored. Only what the bulletin needs is markup: paragraphs,
 * **bold**, *italic*, bullet and numbered lists, links (http, https, mailto) and line breaks. Raw HTML shows as
 * text, headings as bold paragraphs, code as plain text, Markdown images as their description; commonmark
 * ({@code escapeHtml}, {@code sanitizeUrls}) does the parsing and jsoup's {@link Safelist} has the last word on the
 * HTML. A single line break typed in the editor is a line break (as a civil servant pressing Enter expects), a blank
 * line starts a new paragraph.
 */
public final class MarkdownText {

    /** The link protocols the bulletin keeps; anything else is printed as the link's text only. */
    static final Set<String> LINK_PROTOCOLS = Set.of("http", "https", "mailto");

    private static final Parser PARSER = Parser.builder().build();
    private static final Parser SPANNING_PARSER = Parser.builder()
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            .escapeHtml(true)
            .sanitizeUrls(true)
            .urlSanitizer(new DefaultUrlSanitizer(LINK_PROTOCOLS))
            .softbreak("<br>\n")
            .nodeRendererFactory(PlainRenderer::new)
            .build();
    private static final Safelist SAFELIST = new Safelist()
            .addTags("p", "br", "strong", "em", "ul", "ol", "li", "a")
            .addAttributes("a", "href")
            .addProtocols("a", "href", LINK_PROTOCOLS.toArray(String[]::new))
            .addEnforcedAttribute("a", "rel", "nofollow noopener")
            .addEnforcedAttribute("a", "target", "_blank");
    private static final Document.OutputSettings COMPACT = new Document.OutputSettings().prettyPrint(false);
    /** Passes of {@link #sanitizeInput}: removing a tag can join two halves into a new one ("<<b>b>"). */
    private static final int MAX_CLEANING_PASSES = 10;

    private MarkdownText() {
    }

    /** The Markdown as an HTML fragment safe to put in a page (the reader's page, the editor's preview). */
    public static String toSafeHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        String html = RENDERER.render(PARSER.parse(markdown));
        return Jsoup.clean(html, "", SAFELIST, COMPACT).strip();
    }

    /** The Markdown as paragraphs and lists of formatted runs, for the DOCX and PDF writers. */
    public static List<Block> blocks(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return List.of();
        }
        BlockCollector collector = new BlockCollector();
        PARSER.parse(markdown).accept(collector);
        return List.copyOf(collector.blocks);
    }

    /** The text without markup, a line per paragraph or list item: for search and the notification excerpt. */
    public static String plainText(String markdown) {
        List<String> lines = new ArrayList<>();
        for (Block block : blocks(markdown)) {
            switch (block) {
                case Paragraph paragraph -> lines.add(text(paragraph.runs()));
                case ListBlock list -> list.items().forEach(item -> lines.add(text(item)));
            }
        }
        return String.join("\n", lines);
    }

    /**
     * What the service stores: the Markdown as typed, less anything an HTML parser reads as a tag (jsoup, as a
     * browser would; also inside code spans, which the bulletin prints as plain text): the text inside a tag stays, a
     * script's or style's content goes. "a &lt; b" and "5 &gt; 3" (a space after "&lt;") and autolinks such as
     * {@code <https://cds.binhphuoc.gov.vn>} survive, "a&lt;b" does not (a browser reads "&lt;b" as a tag); line
     * breaks and entities are kept as typed.
     */
    public static String sanitizeInput(String typed) {
        if (typed == null) {
            return "";
        }
        String text = typed.replace("\r\n", "\n").replace('\r', '\n').replace("\u0000", "");
        for (int pass = 0; pass < MAX_CLEANING_PASSES; pass++) {
            String cleaned = removeHtml(text);
            if (cleaned.equals(text)) {
                return cleaned;
            }
            text = cleaned;
        }
        // still changing: give up on the Markdown and keep only the text of the whole input
        return Jsoup.parseBodyFragment(text).wholeText();
    }

    /** Text pasted from Word or a web page (plain text or the clipboard's HTML) as the bulletin's Markdown. */
    public static String fromPasted(String pasted) {
        return PastedText.toMarkdown(pasted);
    }

    /** True when {@code url} is a link the bulletin may print (http, https, mailto). */
    public static boolean isSafeLink(String url) {
        if (url == null || url.isBlank()) {
            return false;
        }
        try {
            String scheme = new URI(url.strip()).getScheme();
            return scheme != null && LINK_PROTOCOLS.contains(scheme.toLowerCase(Locale.ROOT));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** Text escaped for HTML (content and attribute values). */
    public static String escape(String text) {
        return text == null ? "" : Entities.escape(text);
    }

    static String text(List<Run> runs) {
        StringBuilder text = new StringBuilder();
        runs.forEach(run -> text.append(run.text()));
        return text.toString();
    }

    /**
     * The text less everything a browser would read as a tag (jsoup parses it as one), except the autolinks
     * {@code <https://…>} of a safe protocol, which are Markdown. Entities stay as typed ("&amp;amp;" is not decoded).
     */
    private static String removeHtml(String markdown) {
        Node document = SPANNING_PARSER.parse(markdown);
        List<SourceSpan> autolinks = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                List<SourceSpan> spans = link.getSourceSpans();
                if (spans.size() == 1 && markdown.startsWith("<", spans.getFirst().getInputIndex())
                        && isSafeLink(link.getDestination())) {
                    autolinks.add(spans.getFirst());
                } else {
                    visitChildren(link);
                }
            }
        });
        autolinks.sort(Comparator.comparingInt(SourceSpan::getInputIndex));
        StringBuilder result = new StringBuilder();
        int position = 0;
        for (SourceSpan span : autolinks) {
            int start = span.getInputIndex();
            if (start < position) {
                continue;
            }
            result.append(textOnly(markdown.substring(position, start)));
            result.append(markdown, start, start + span.getLength());
            position = start + span.getLength();
        }
        result.append(textOnly(markdown.substring(position)));
        return result.toString();
    }

    private static String textOnly(String text) {
        if (text.indexOf('<') < 0) {
            return text;
        }
        return Jsoup.parseBodyFragment(text.replace("&", "&amp;")).body().wholeText();
    }

    /** A paragraph or a list of the Markdown. */
    public sealed interface Block permits Paragraph, ListBlock {
    }

    /** A paragraph; a line break inside it is a run whose text is "\n". */
    public record Paragraph(List<Run> runs) implements Block {
    }

    /** A bullet or numbered list: each item is its runs (a nested list's items follow as lines of "– "). */
    public record ListBlock(boolean ordered, int start, List<List<Run>> items) implements Block {
    }

    /**
     * A piece of text in one style.
     *
     * @param link the target, only http, https or mailto; null for plain text
     */
    public record Run(String text, boolean bold, boolean italic, String link) {

        public boolean lineBreak() {
            return "\n".equals(text);
        }
    }

    /** Builds the blocks: one level of lists, headings as bold paragraphs, code and raw HTML as text. */
    private static final class BlockCollector extends AbstractVisitor {

        private final List<Block> blocks = new ArrayList<>();
        private List<Run> runs;
        private int bold;
        private int italic;
        private String link;

        @Override
        public void visit(org.commonmark.node.Paragraph paragraph) {
            if (runs != null) {
                visitChildren(paragraph);
                return;
            }
            paragraph(paragraph);
        }

        @Override
        public void visit(Heading heading) {
            if (runs != null) {
                visitChildren(heading);
                return;
            }
            bold++;
            paragraph(heading);
            bold--;
        }

        @Override
        public void visit(BlockQuote blockQuote) {
            visitChildren(blockQuote);
        }

        @Override
        public void visit(BulletList bulletList) {
            list(bulletList, false, 1);
        }

        @Override
        public void visit(OrderedList orderedList) {
            Integer start = orderedList.getMarkerStartNumber();
            list(orderedList, true, start == null ? 1 : start);
        }

        @Override
        public void visit(FencedCodeBlock codeBlock) {
            codeBlock(codeBlock.getLiteral());
        }

        @Override
        public void visit(IndentedCodeBlock codeBlock) {
            codeBlock(codeBlock.getLiteral());
        }

        @Override
        public void visit(HtmlBlock htmlBlock) {
            codeBlock(htmlBlock.getLiteral());
        }

        @Override
        public void visit(ThematicBreak thematicBreak) {
            // a rule has no place in the bulletin's text
        }

        @Override
        public void visit(Text text) {
            add(text.getLiteral());
        }

        @Override
        public void visit(Code code) {
            add(code.getLiteral());
        }

        @Override
        public void visit(HtmlInline htmlInline) {
            add(htmlInline.getLiteral());
        }

        @Override
        public void visit(SoftLineBreak softLineBreak) {
            add("\n");
        }

        @Override
        public void visit(HardLineBreak hardLineBreak) {
            add("\n");
        }

        @Override
        public void visit(StrongEmphasis strongEmphasis) {
            bold++;
            visitChildren(strongEmphasis);
            bold--;
        }

        @Override
        public void visit(Emphasis emphasis) {
            italic++;
            visitChildren(emphasis);
            italic--;
        }

        @Override
        public void visit(Link node) {
            String outer = link;
            link = isSafeLink(node.getDestination()) ? node.getDestination().strip() : null;
            visitChildren(node);
            link = outer;
        }

        @Override
        public void visit(Image image) {
            String outer = link;
            link = null;
            visitChildren(image);
            link = outer;
        }

        private void paragraph(Node node) {
            runs = new ArrayList<>();
            visitChildren(node);
            if (!runs.isEmpty()) {
                blocks.add(new Paragraph(List.copyOf(runs)));
            }
            runs = null;
        }

        private void codeBlock(String literal) {
            List<Run> lines = new ArrayList<>();
            String[] parts = literal.stripTrailing().split("\n", -1);
            for (int i = 0; i < parts.length; i++) {
                if (i > 0) {
                    lines.add(new Run("\n", false, false, null));
                }
                lines.add(new Run(parts[i], false, false, null));
            }
            if (runs != null) {
                runs.addAll(lines);
            } else if (!literal.isBlank()) {
                blocks.add(new Paragraph(List.copyOf(lines)));
            }
        }

        private void list(org.commonmark.node.ListBlock list, boolean ordered, int start) {
            if (runs != null) {
                // a nested list: its items as lines of the enclosing item
                for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                    add("\n");
                    add("– ");
                    item(item);
                }
                return;
            }
            List<List<Run>> items = new ArrayList<>();
            for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                runs = new ArrayList<>();
                item(item);
                items.add(List.copyOf(runs));
                runs = null;
            }
            blocks.add(new ListBlock(ordered, start, List.copyOf(items)));
        }

        private void item(Node item) {
            boolean first = true;
            for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
                if (!first && !(child instanceof org.commonmark.node.ListBlock)) {
                    add("\n");
                }
                child.accept(this);
                first = false;
            }
        }

        private void add(String text) {
            if (text.isEmpty()) {
                return;
            }
            if (runs == null) {
                blocks.add(new Paragraph(List.of(new Run(text, bold > 0, italic > 0, link))));
                return;
            }
            boolean isBold = bold > 0;
            boolean isItalic = italic > 0;
            if (!runs.isEmpty() && !"\n".equals(text)) {
                Run last = runs.getLast();
                if (!last.lineBreak() && last.bold() == isBold && last.italic() == isItalic
                        && java.util.Objects.equals(last.link(), link)) {
                    runs.set(runs.size() - 1, new Run(last.text() + text, isBold, isItalic, link));
                    return;
                }
            }
            runs.add(new Run(text, isBold, isItalic, "\n".equals(text) ? null : link));
        }
    }

    /**
     * The HTML path's renderers for what the bulletin does not mark up: a heading is a bold paragraph, code is its
     * text, a Markdown image is its description, a rule is nothing.
     */
    private static final class PlainRenderer implements NodeRenderer {

        private final HtmlNodeRendererContext context;
        private final HtmlWriter html;

        PlainRenderer(HtmlNodeRendererContext context) {
            this.context = context;
            this.html = context.getWriter();
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Heading.class, FencedCodeBlock.class, IndentedCodeBlock.class, Code.class, Image.class,
                    ThematicBreak.class);
        }

        @Override
        public void render(Node node) {
            switch (node) {
                case Heading heading -> {
                    html.line();
                    html.tag("p");
                    html.tag("strong");
                    children(heading);
                    html.tag("/strong");
                    html.tag("/p");
                    html.line();
                }
                case FencedCodeBlock code -> codeBlock(code.getLiteral());
                case IndentedCodeBlock code -> codeBlock(code.getLiteral());
                case Code code -> html.text(code.getLiteral());
                case Image image -> children(image);
                default -> {
                    // ThematicBreak: nothing
                }
            }
        }

        private void codeBlock(String literal) {
            html.line();
            html.tag("p");
            String[] lines = literal.stripTrailing().split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) {
                    html.tag("br");
                }
                html.text(lines[i]);
            }
            html.tag("/p");
            html.line();
        }

        private void children(Node parent) {
            for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
                context.render(child);
            }
        }
    }
}
