package vn.cds.baocao.bulletin.service.render;

import java.util.Base64;
import java.util.List;
import java.util.Set;
import vn.cds.baocao.bulletin.service.render.BulletinContent.Header;
import vn.cds.baocao.bulletin.service.render.BulletinContent.Item;
import vn.cds.baocao.bulletin.service.render.BulletinContent.Picture;
import vn.cds.baocao.bulletin.service.render.BulletinContent.Section;
import vn.cds.baocao.bulletin.service.render.BulletinContent.Statistics;
import vn.cds.baocao.bulletin.service.render.BulletinContent.StatisticsBlock;
import vn.cds.baocao.exchange.service.document.DocTable;
import vn.cds.baocao.exchange.service.document.DocTable.DocCell;
import vn.cds.baocao.exchange.service.document.DocTable.DocColumn;
import vn.cds.baocao.exchange.service.document.DocTable.DocRow;

/**
 * The whole bulletin as one HTML fragment ({@code <article class="bulletin">}), for the reader's page on a phone and
 * the editor's live preview; styled by {@code frontend/cds/bulletin.css}. Every text is escaped here, every Markdown
 * goes through {@link MarkdownText}; pictures are written by this class as {@code data:} URIs of the checked upload
 * (PNG or JPEG only), never through the Markdown.
 */
public final class BulletinHtml {

    static final Set<String> PICTURE_TYPES = Set.of("image/png", "image/jpeg");

    private BulletinHtml() {
    }

    public static String render(BulletinContent bulletin) {
        StringBuilder html = new StringBuilder(16_384);
        html.append("<article class=\"bulletin\">");
        header(html, bulletin.header(), bulletin.correctionNote());
        boolean statisticsShown = false;
        for (Section section : bulletin.sections()) {
            if (section.statistics()) {
                statistics(html, section.heading(), bulletin.statistics());
                statisticsShown = true;
            } else {
                section(html, section);
            }
        }
        if (!statisticsShown && bulletin.statistics() != null) {
            statistics(html, bulletin.statistics().heading(), bulletin.statistics());
        }
        if (present(bulletin.closing())) {
            element(html, "p", "bulletin-closing", bulletin.closing());
        }
        if (present(bulletin.recipientsMarkdown())) {
            html.append("<div class=\"bulletin-recipients\">");
            element(html, "p", "bulletin-recipients-label", BulletinLabels.recipients());
            markdown(html, "bulletin-recipients-list", bulletin.recipientsMarkdown());
            html.append("</div>");
        }
        html.append("</article>");
        return html.toString();
    }

    private static void header(StringBuilder html, Header header, String correctionNote) {
        html.append("<header class=\"bulletin-header\">");
        html.append("<div class=\"bulletin-masthead\">");
        html.append("<div class=\"bulletin-issuer\">");
        element(html, "p", "bulletin-agency", header.agency());
        element(html, "p", "bulletin-office", header.office());
        element(html, "p", "bulletin-number", header.numberLine());
        html.append("</div>");
        html.append("<div class=\"bulletin-issue\">");
        element(html, "p", "bulletin-circulation", header.circulation());
        element(html, "p", "bulletin-date", header.dateLine());
        html.append("</div>");
        html.append("</div>");
        element(html, "h1", "bulletin-title", header.title());
        element(html, "p", "bulletin-period", header.periodLabel());
        element(html, "p", "bulletin-subtitle", header.subtitle());
        if (present(correctionNote)) {
            element(html, "p", "bulletin-correction", correctionNote);
        }
        html.append("</header>");
        markdown(html, "bulletin-opening", header.openingMarkdown());
    }

    private static void section(StringBuilder html, Section section) {
        html.append("<section class=\"bulletin-section\">");
        element(html, "h2", "bulletin-section-heading", section.heading());
        for (Item item : section.items()) {
            html.append("<div class=\"bulletin-item\">");
            element(html, "h3", "bulletin-item-title", BulletinLabels.numbered(item.number(), item.title()));
            if (present(item.directiveLine())) {
                element(html, "p", "bulletin-directive", item.directiveLine());
            }
            markdown(html, "bulletin-body", item.bodyMarkdown());
            picture(html, item.picture(), item.title());
            if (present(item.source())) {
                element(html, "p", "bulletin-source", item.source());
            }
            html.append("</div>");
        }
        html.append("</section>");
    }

    private static void picture(StringBuilder html, Picture picture, String title) {
        if (picture == null || picture.content() == null || picture.content().length == 0
                || !PICTURE_TYPES.contains(picture.mediaType())) {
            return;
        }
        String alt = present(picture.caption()) ? picture.caption() : title;
        html.append("<figure class=\"bulletin-picture\"><img src=\"data:").append(picture.mediaType())
                .append(";base64,").append(Base64.getEncoder().encodeToString(picture.content()))
                .append("\" alt=\"").append(MarkdownText.escape(alt)).append('"');
        if (picture.width() > 0 && picture.height() > 0) {
            html.append(" width=\"").append(picture.width()).append("\" height=\"").append(picture.height())
                    .append('"');
        }
        html.append(">");
        if (present(picture.caption())) {
            element(html, "figcaption", null, picture.caption());
        }
        html.append("</figure>");
    }

    private static void statistics(StringBuilder html, String heading, Statistics statistics) {
        html.append("<section class=\"bulletin-section bulletin-statistics\">");
        element(html, "h2", "bulletin-section-heading", present(heading) ? heading
                : statistics == null ? "" : statistics.heading());
        if (statistics != null) {
            if (present(statistics.approvedLine())) {
                element(html, "p", "bulletin-approved", statistics.approvedLine());
            }
            if (present(statistics.notApprovedLine())) {
                element(html, "p", "bulletin-not-approved", statistics.notApprovedLine());
            }
            for (StatisticsBlock block : statistics.blocks()) {
                block(html, block);
            }
        }
        html.append("</section>");
    }

    private static void block(StringBuilder html, StatisticsBlock block) {
        html.append("<div class=\"bulletin-block\">");
        element(html, "h3", "bulletin-block-title", block.title());
        for (String paragraph : block.paragraphs()) {
            markdown(html, "bulletin-body", paragraph);
        }
        DocTable table = block.table();
        if (table != null && !table.empty()) {
            table(html, table);
            for (String note : table.totalNotes()) {
                element(html, "p", "bulletin-note", note);
            }
        }
        if (!block.highlights().isEmpty()) {
            element(html, "p", "bulletin-highlights-title", BulletinLabels.highlightsTitle());
            html.append("<ul class=\"bulletin-highlights\">");
            for (String highlight : block.highlights()) {
                element(html, "li", null, "+ " + highlight);
            }
            html.append("</ul>");
        }
        if (table != null && !table.notApprovedUnits().isEmpty()) {
            element(html, "p", "bulletin-note", BulletinLabels.notApproved(table.notApprovedUnits()));
        }
        html.append("</div>");
    }

    private static void table(StringBuilder html, DocTable table) {
        boolean grouped = table.grouped();
        List<DocColumn> columns = table.columns();
        html.append("<div class=\"table-scroll\"><table class=\"bulletin-table\"><thead><tr>");
        String rowspan = grouped ? " rowspan=\"2\"" : "";
        html.append("<th").append(rowspan).append(">").append(MarkdownText.escape(BulletinLabels.numberColumn()))
                .append("</th><th").append(rowspan).append(">")
                .append(MarkdownText.escape(BulletinLabels.unitColumn())).append("</th>");
        if (grouped) {
            for (int c = 0; c < columns.size(); ) {
                int span = 1;
                while (c + span < columns.size() && columns.get(c + span).indicator() == columns.get(c).indicator()) {
                    span++;
                }
                html.append("<th colspan=\"").append(span).append("\">")
                        .append(MarkdownText.escape(columns.get(c).group())).append("</th>");
                c += span;
            }
            html.append("</tr><tr>");
        }
        for (DocColumn column : columns) {
            html.append("<th>").append(MarkdownText.escape(column.header())).append("</th>");
        }
        html.append("</tr></thead><tbody>");
        for (DocRow row : table.rows()) {
            html.append(row.total() ? "<tr class=\"total\">" : "<tr>");
            html.append("<td class=\"number\">").append(MarkdownText.escape(row.number())).append("</td>");
            html.append("<td class=\"unit\">").append(MarkdownText.escape(row.unit())).append("</td>");
            for (int c = 0; c < columns.size(); c++) {
                DocCell cell = row.cells().get(c);
                String kind = columns.get(c).kind() == DocTable.ColumnKind.VALUE ? "value" : "verdict";
                String style = styleClass(cell.style());
                html.append("<td class=\"").append(kind).append(style.isEmpty() ? "" : " " + style).append("\">")
                        .append(MarkdownText.escape(cell.text())).append("</td>");
            }
            html.append("</tr>");
        }
        html.append("</tbody></table></div>");
    }

    static String styleClass(DocTable.CellStyle style) {
        return switch (style) {
            case MET -> "met";
            case MISSED -> "missed";
            case UP -> "up";
            case DOWN -> "down";
            case NOT_APPROVED -> "not-approved";
            case NORMAL -> "";
        };
    }

    private static void markdown(StringBuilder html, String cssClass, String markdown) {
        String safe = MarkdownText.toSafeHtml(markdown);
        if (!safe.isEmpty()) {
            html.append("<div class=\"").append(cssClass).append("\">").append(safe).append("</div>");
        }
    }

    private static void element(StringBuilder html, String tag, String cssClass, String text) {
        html.append('<').append(tag);
        if (cssClass != null) {
            html.append(" class=\"").append(cssClass).append('"');
        }
        html.append('>').append(MarkdownText.escape(text)).append("</").append(tag).append('>');
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }
}
