package vn.cds.baocao.bulletin.service;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.cds.baocao.base.error.BusinessException;
import vn.cds.baocao.base.format.VnFormat;
import vn.cds.baocao.bulletin.domain.Bulletin;
import vn.cds.baocao.bulletin.domain.SectionKind;
import vn.cds.baocao.bulletin.service.BulletinDraft.HighlightDraft;
import vn.cds.baocao.bulletin.service.BulletinDraft.ItemDraft;
import vn.cds.baocao.bulletin.service.BulletinDraft.SectionDraft;
import vn.cds.baocao.bulletin.service.render.MarkdownText;

/**
 * What a composer typed, checked before anything is saved: required texts, lengths (the columns'), the number
 * and the issue date; every text is kept as typed minus any HTML ({@link MarkdownText#sanitizeInput}). The first
 * problem is refused with a message naming the field (and the item), so nothing is half-saved.
 */
@Component
class BulletinInput {

    static final int MAX_NUMBER = 9999;
    static final int MAX_TITLE = 300;
    static final int MAX_SUBTITLE = 500;
    static final int MAX_OPENING = 20_000;
    static final int MAX_CLOSING = 1000;
    static final int MAX_RECIPIENTS = 5000;
    static final int MAX_HEADING = 300;
    static final int MAX_ITEM_TITLE = 500;
    static final int MAX_BODY = 200_000;
    static final int MAX_SOURCE = 500;
    static final int MAX_DOC_NUMBER = 100;
    static final int MAX_ISSUER = 300;
    static final int MAX_CAPTION = 500;
    static final int MAX_HIGHLIGHT = 4000;
    static final int MAX_NOTE = 4000;
    static final int MAX_ITEMS = 60;

    BulletinDraft checked(BulletinDraft draft, Bulletin bulletin) {
        if (draft.number() < 1 || draft.number() > MAX_NUMBER) {
            throw new BusinessException("bulletin.error.badNumber", String.valueOf(MAX_NUMBER));
        }
        if (draft.issuedOn() == null) {
            throw new BusinessException("bulletin.error.dateRequired");
        }
        if (draft.issuedOn().isBefore(bulletin.getPeriod().getDataFrom())) {
            throw new BusinessException("bulletin.error.dateBeforePeriod",
                    VnFormat.date(bulletin.getPeriod().getDataFrom()));
        }
        String note = bulletin.getEdition() > 1 ? required(draft.correctionNote(), "bulletin.error.noteRequired",
                MAX_NOTE) : null;
        List<SectionDraft> sections = new ArrayList<>();
        for (SectionDraft section : draft.sections()) {
            String sectionName = section.heading() == null || section.heading().isBlank()
                    ? BulletinTexts.text("bulletin.section." + section.kind().name()) : section.heading();
            String heading = field(section.heading(), "bulletin.field.heading", sectionName, MAX_HEADING, true);
            if (section.kind() != SectionKind.STATISTICS && section.items().size() > MAX_ITEMS) {
                throw new BusinessException("bulletin.error.tooManyItems", heading, String.valueOf(MAX_ITEMS));
            }
            List<ItemDraft> items = new ArrayList<>();
            for (ItemDraft item : section.kind() == SectionKind.STATISTICS ? List.<ItemDraft>of() : section.items()) {
                String where = BulletinTexts.text("bulletin.field.item", String.valueOf(items.size() + 1), heading);
                items.add(new ItemDraft(field(item.title(), "bulletin.field.itemTitle", where, MAX_ITEM_TITLE, true),
                        field(item.body(), "bulletin.field.body", where, MAX_BODY, true),
                        field(item.source(), "bulletin.field.source", where, MAX_SOURCE, false),
                        field(item.docNumber(), "bulletin.field.docNumber", where, MAX_DOC_NUMBER, false),
                        item.docDate(),
                        field(item.docIssuer(), "bulletin.field.docIssuer", where, MAX_ISSUER, false),
                        item.pictureId(),
                        field(item.pictureCaption(), "bulletin.field.caption", where, MAX_CAPTION, false)));
            }
            sections.add(new SectionDraft(section.kind(), heading, List.copyOf(items)));
        }
        List<HighlightDraft> highlights = new ArrayList<>();
        for (HighlightDraft highlight : draft.highlights()) {
            highlights.add(new HighlightDraft(highlight.tableCode(), highlight.tableTitle(), highlight.position(),
                    highlight.generated(), field(highlight.edited(), "bulletin.field.highlight",
                    highlight.tableTitle(), MAX_HIGHLIGHT, false)));
        }
        String header = BulletinTexts.text("bulletin.field.header");
        return new BulletinDraft(draft.id(), draft.version(), draft.status(), draft.periodId(), draft.periodLabel(),
                draft.edition(), note, draft.number(), draft.numberPreview(), draft.issuedOn(),
                field(draft.title(), "bulletin.field.title", header, MAX_TITLE, true),
                field(draft.subtitle(), "bulletin.field.subtitle", header, MAX_SUBTITLE, true),
                field(draft.opening(), "bulletin.field.opening", header, MAX_OPENING, true),
                field(draft.closing(), "bulletin.field.closing", header, MAX_CLOSING, true),
                field(draft.recipients(), "bulletin.field.recipients", header, MAX_RECIPIENTS, false),
                List.copyOf(sections), List.copyOf(highlights), draft.statisticsTakenAt());
    }

    /** A required text (a reason, a note), cleaned; refused with {@code missingKey} when blank. */
    String required(String text, String missingKey, int max) {
        String clean = text == null ? "" : MarkdownText.sanitizeInput(text).strip();
        if (clean.isEmpty()) {
            throw new BusinessException(missingKey);
        }
        if (clean.length() > max) {
            throw new BusinessException("bulletin.error.tooLongText", String.valueOf(max));
        }
        return clean;
    }

    private static String field(String text, String fieldKey, String where, int max, boolean required) {
        String clean = text == null ? "" : MarkdownText.sanitizeInput(text).strip();
        String name = BulletinTexts.text(fieldKey);
        if (clean.isEmpty()) {
            if (required) {
                throw new BusinessException("bulletin.error.required", name, where);
            }
            return null;
        }
        if (clean.length() > max) {
            throw new BusinessException("bulletin.error.tooLong", name, where, String.valueOf(max),
                    String.valueOf(clean.length()));
        }
        return clean;
    }
}
