package vn.cds.baocao.bulletin.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.Comparator;
import java.util.Optional;
import vn.cds.baocao.base.error.BusinessException;
import vn.cds.baocao.base.format.VnFormat;
import vn.cds.baocao.base.ui.ViewTitle;
import vn.cds.baocao.bulletin.domain.BulletinStatus;
import vn.cds.baocao.bulletin.service.BulletinFormat;
import vn.cds.baocao.bulletin.service.BulletinReader;
import vn.cds.baocao.bulletin.service.BulletinReader.BulletinFile;
import vn.cds.baocao.bulletin.service.BulletinReader.Reading;
import vn.cds.baocao.bulletin.service.BulletinRoutes;
import vn.cds.baocao.bulletin.service.BulletinSummary;

/**
 * One bulletin to read (ban-tin/{id}): rendered as HTML on the page, so it reads on a phone; "Tải Word (DOCX)" and
 * "Tải PDF"; links to its other editions, and a note on an edition that a correction replaced.
 */
@Route(BulletinRoutes.READ_LIST + "/:" + BulletinReadView.ID + "(\\d+)")
@RolesAllowed({"LEADER", "REVIEWER", "PUBLISHER"})
@StyleSheet("context://cds/bulletin.css")
@StyleSheet("context://cds/bulletin-reader.css")
public class BulletinReadView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ID = "id";

    private final transient BulletinReader reader;
    private String title;

    public BulletinReadView(BulletinReader reader) {
        this.reader = reader;
        addClassName("bulletin-read-view");
        setWidthFull();
        setMaxWidth("60em");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Optional<Long> id = event.getRouteParameters().getLong(ID);
        RouterLink back = new RouterLink(getTranslation("bulletin.reader.back"), BulletinsView.class);
        back.setId("bulletin-back");
        back.addClassName("bulletin-read-back");
        try {
            Reading reading = reader.read(id.orElseThrow());
            show(reading, reader.html(reading.summary().id()), back);
        } catch (BusinessException notReadable) {
            title = getTranslation(notReadable.getMessageKey(), notReadable.getArgs());
            add(back, new ViewTitle(title));
        }
    }

    private void show(Reading reading, String html, RouterLink back) {
        BulletinSummary summary = reading.summary();
        title = getTranslation("bulletin.reader.pageTitle", summary.numberLine(), summary.periodLabel());

        Div line = new Div();
        line.addClassName("bulletin-read-card-line");
        line.add(new Span(getTranslation("bulletin.reader.numberLine", summary.numberLine())),
                new Span(summary.periodLabel()),
                new Span(getTranslation("bulletin.reader.issuedOn", VnFormat.date(summary.issuedOn()))));
        if (summary.isCorrection()) {
            line.add(BulletinReadBadges.correction(summary.edition()));
        }
        if (summary.publishedAt() != null) {
            line.add(new Span(getTranslation("bulletin.reader.publishedAt", VnFormat.dateTime(summary.publishedAt()))));
        }
        add(back, line);
        if (summary.status() != BulletinStatus.PUBLISHED) {
            add(statusNote(reading));
        }

        Div downloads = new Div(download(summary.id(), BulletinFormat.DOCX, reading), download(summary.id(),
                BulletinFormat.PDF, reading));
        downloads.addClassName("bulletin-read-downloads");
        add(downloads);
        if (!reading.otherEditions().isEmpty()) {
            add(editions(reading));
        }

        // The fragment is sanitised by the service; one root of our own, whatever the fragment's shape.
        Html document = new Html("<div class=\"bulletin-read-document\">" + html + "</div>");
        document.setId("bulletin-document");
        add(document);
    }

    /** A superseded edition says which edition replaced it; a draft (for the composers) says it is not public. */
    private Paragraph statusNote(Reading reading) {
        Paragraph note = new Paragraph();
        note.setId("bulletin-status-note");
        note.addClassName("bulletin-read-note");
        if (reading.summary().status() == BulletinStatus.SUPERSEDED) {
            Optional<BulletinSummary> newest = reading.otherEditions().stream()
                    .filter(e -> e.status() == BulletinStatus.PUBLISHED).findFirst();
            note.add(new Span(getTranslation("bulletin.reader.superseded")));
            newest.ifPresent(e -> {
                note.add(new Span(" "));
                note.add(link(e, getTranslation("bulletin.reader.readNewest", editionName(e))));
            });
        } else {
            note.setText(getTranslation("bulletin.reader.notPublic",
                    getTranslation("bulletin.status." + reading.summary().status().name())));
        }
        return note;
    }

    private Div editions(Reading reading) {
        Div editions = new Div(new Span(getTranslation("bulletin.reader.otherEditions")));
        editions.setId("bulletin-editions");
        editions.addClassName("bulletin-read-editions");
        reading.otherEditions().stream().sorted(Comparator.comparingInt(BulletinSummary::edition).reversed())
                .forEach(edition -> {
                    String name = editionName(edition);
                    if (edition.status() != BulletinStatus.PUBLISHED && edition.status() != BulletinStatus.SUPERSEDED) {
                        name = getTranslation("bulletin.reader.editionWithStatus", name,
                                getTranslation("bulletin.status." + edition.status().name()));
                    }
                    editions.add(link(edition, name));
                });
        return editions;
    }

    private RouterLink link(BulletinSummary edition, String text) {
        RouterLink link = new RouterLink(text, BulletinReadView.class,
                new RouteParameters(ID, String.valueOf(edition.id())));
        link.getElement().setAttribute("data-edition", String.valueOf(edition.edition()));
        return link;
    }

    private String editionName(BulletinSummary edition) {
        return edition.isCorrection()
                ? getTranslation("bulletin.reader.correctionBadge", String.valueOf(edition.edition()))
                : getTranslation("bulletin.reader.original");
    }

    /** The file is written when the reader clicks, from the bulletin as it is stored (a published one never changes). */
    private Anchor download(long bulletinId, BulletinFormat format, Reading reading) {
        String fileName = reading.content().fileBaseName() + "." + format.extension();
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            BulletinFile file = reader.document(bulletinId, format);
            return new DownloadResponse(new ByteArrayInputStream(file.content()), file.fileName(),
                    file.mediaType(), file.content().length);
        }), "");
        anchor.add(VaadinIcon.DOWNLOAD_ALT.create(), new Span(getTranslation("bulletin.reader.download." + format.name())));
        anchor.getElement().setAttribute("download", fileName);
        anchor.setId("download-" + format.extension());
        anchor.addClassName("bulletin-read-download");
        return anchor;
    }

    @Override
    public String getPageTitle() {
        return title == null ? getTranslation("bulletin.reader.menu") : title;
    }
}
