package vn.cds.baocao.bulletin.service;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.cds.baocao.bulletin.domain.Bulletin;
import vn.cds.baocao.bulletin.domain.BulletinHighlight;
import vn.cds.baocao.bulletin.domain.BulletinItem;
import vn.cds.baocao.bulletin.domain.BulletinSection;
import vn.cds.baocao.bulletin.service.BulletinDraft.HighlightDraft;
import vn.cds.baocao.bulletin.service.BulletinDraft.ItemDraft;
import vn.cds.baocao.bulletin.service.BulletinDraft.SectionDraft;
import vn.cds.baocao.period.service.AgencySettings;

/** A saved bulletin as a {@link BulletinDraft}. */
final class BulletinDrafts {

    private BulletinDrafts() {
    }

    static BulletinDraft of(Bulletin bulletin, StatisticsSnapshot snapshot, AgencySettings agency) {
        Map<String, String> titles = new HashMap<>();
        if (snapshot != null) {
            snapshot.blocks().forEach(block -> titles.put(block.code(), block.title()));
        }
        List<HighlightDraft> highlights = bulletin.getHighlights().stream()
                .map(h -> highlight(h, titles.getOrDefault(h.getTableCode(), h.getTableCode()))).toList();
        return new BulletinDraft(bulletin.getId(), bulletin.getVersion(), bulletin.getStatus(),
                bulletin.getPeriod().getId(), bulletin.getPeriod().label(BulletinTexts.VI), bulletin.getEdition(),
                bulletin.getCorrectionNote(), bulletin.getNumber(),
                agency.reportNumber(bulletin.getNumber(), bulletin.getIssuedOn()), bulletin.getIssuedOn(),
                bulletin.getTitle(), bulletin.getSubtitle(), bulletin.getOpening(), bulletin.getClosing(),
                bulletin.getRecipients(), bulletin.getSections().stream().map(BulletinDrafts::section).toList(),
                highlights, bulletin.getStatisticsTakenAt());
    }

    static SectionDraft section(BulletinSection section) {
        return new SectionDraft(section.getKind(), section.getHeading(),
                section.getItems().stream().map(BulletinDrafts::item).toList());
    }

    static ItemDraft item(BulletinItem item) {
        return new ItemDraft(item.getTitle(), item.getBody(), item.getSource(), item.getDocNumber(),
                item.getDocDate(), item.getDocIssuer(), item.getPicture() == null ? null : item.getPicture().getId(),
                item.getPictureCaption());
    }

    private static HighlightDraft highlight(BulletinHighlight highlight, String tableTitle) {
        return new HighlightDraft(highlight.getTableCode(), tableTitle, highlight.getPosition(),
                highlight.getGeneratedText(), highlight.getEditedText());
    }
}
