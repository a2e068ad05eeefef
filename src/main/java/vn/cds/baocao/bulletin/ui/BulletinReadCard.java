package vn.cds.baocao.bulletin.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import vn.cds.baocao.base.format.VnFormat;
import vn.cds.baocao.bulletin.service.BulletinSummary;

/**
 * One published bulletin in the readers' list: "Số 03/BC-STTTT · Tháng 3/2024", the issue date, the title, the
 * first words of its first article and, for a correction, the "Bản đính chính" badge; the whole card opens it.
 */
class BulletinReadCard extends RouterLink {

    BulletinReadCard(BulletinSummary summary) {
        super(BulletinReadView.class, new RouteParameters(BulletinReadView.ID, String.valueOf(summary.id())));
        addClassName("bulletin-read-card");
        getElement().setAttribute("data-bulletin", String.valueOf(summary.id()));

        Div line = new Div();
        line.addClassName("bulletin-read-card-line");
        line.add(new Span(getTranslation("bulletin.reader.numberLine", summary.numberLine())),
                new Span(summary.periodLabel()),
                new Span(getTranslation("bulletin.reader.issuedOn", VnFormat.date(summary.issuedOn()))));
        if (summary.isCorrection()) {
            line.add(BulletinReadBadges.correction(summary.edition()));
        }
        H3 title = new H3(getTranslation("bulletin.reader.cardTitle", summary.title(), summary.periodLabel()));
        title.addClassName("bulletin-read-card-title");
        add(line, title);
        if (summary.excerpt() != null && !summary.excerpt().isBlank()) {
            Paragraph excerpt = new Paragraph(summary.excerpt());
            excerpt.addClassName("bulletin-read-card-excerpt");
            add(excerpt);
        }
    }
}
