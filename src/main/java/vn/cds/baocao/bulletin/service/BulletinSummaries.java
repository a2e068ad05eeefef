package vn.cds.baocao.bulletin.service;

import vn.cds.baocao.bulletin.domain.Bulletin;
import vn.cds.baocao.bulletin.domain.BulletinItem;
import vn.cds.baocao.bulletin.domain.BulletinSection;
import vn.cds.baocao.bulletin.service.render.MarkdownText;
import vn.cds.baocao.period.service.AgencySettings;

/** A bulletin as a line of a list. */
final class BulletinSummaries {

    static final int EXCERPT_LENGTH = 240;

    private BulletinSummaries() {
    }

    static BulletinSummary of(Bulletin bulletin, AgencySettings agency) {
        return new BulletinSummary(bulletin.getId(), bulletin.getPeriod().getId(),
                bulletin.getPeriod().label(BulletinTexts.VI), bulletin.getEdition(), bulletin.getStatus(),
                agency.reportNumber(bulletin.getNumber(), bulletin.getIssuedOn()), bulletin.getIssuedOn(),
                bulletin.getTitle(), "", bulletin.getUpdatedBy(), bulletin.getUpdatedAt(), bulletin.getPublishedAt());
    }

    /** With the first words of the first article, for the readers' list. */
    static BulletinSummary withExcerpt(Bulletin bulletin, AgencySettings agency) {
        BulletinSummary summary = of(bulletin, agency);
        String excerpt = bulletin.getSections().stream().map(BulletinSection::getItems)
                .filter(items -> !items.isEmpty()).findFirst()
                .map(items -> {
                    BulletinItem first = items.getFirst();
                    return first.getTitle() + " — " + MarkdownText.plainText(first.getBody());
                }).orElse("");
        if (excerpt.length() > EXCERPT_LENGTH) {
            excerpt = excerpt.substring(0, EXCERPT_LENGTH).strip() + "…";
        }
        return new BulletinSummary(summary.id(), summary.periodId(), summary.periodLabel(), summary.edition(),
                summary.status(), summary.numberLine(), summary.issuedOn(), summary.title(), excerpt,
                summary.updatedBy(), summary.updatedAt(), summary.publishedAt());
    }
}
