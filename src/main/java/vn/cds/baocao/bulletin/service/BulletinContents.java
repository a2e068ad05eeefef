package vn.cds.baocao.bulletin.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.cds.baocao.base.format.VnFormat;
import vn.cds.baocao.bulletin.domain.Bulletin;
import vn.cds.baocao.bulletin.domain.BulletinPicture;
import vn.cds.baocao.bulletin.domain.BulletinPictureRepository;
import vn.cds.baocao.bulletin.domain.SectionKind;
import vn.cds.baocao.bulletin.service.BulletinDraft.HighlightDraft;
import vn.cds.baocao.bulletin.service.BulletinDraft.ItemDraft;
import vn.cds.baocao.bulletin.service.BulletinDraft.SectionDraft;
import vn.cds.baocao.bulletin.service.render.BulletinContent;
import vn.cds.baocao.bulletin.service.render.MarkdownText;
import vn.cds.baocao.exchange.service.document.ReportDocument;
import vn.cds.baocao.period.domain.ReportingPeriod;
import vn.cds.baocao.period.service.AgencySettings;

/**
 * Turns a bulletin (saved, or as the editor holds it) into what prints ({@link BulletinContent}). The header's
 * agency, office, number and date lines come from the statistics document's builder with the agency settings in
 * force on the issue date, so both documents print them alike; the statistics come from the stored snapshot, with
 * the highlight sentences as edited.
 */
@Component
class BulletinContents {

    private final AgencySettings agency;
    private final BulletinPictureRepository pictures;

    BulletinContents(AgencySettings agency, BulletinPictureRepository pictures) {
        this.agency = agency;
        this.pictures = pictures;
    }

    BulletinContent of(BulletinDraft draft, ReportingPeriod period, StatisticsSnapshot snapshot) {
        LocalDate issuedOn = draft.issuedOn() == null ? LocalDate.now() : draft.issuedOn();
        ReportDocument frame = BulletinFrame.texts(period, agency.on(issuedOn), draft.number(), issuedOn);
        BulletinContent.Header header = new BulletinContent.Header(frame.agency(), frame.office(), draft.title(),
                frame.periodLabel(), draft.subtitle(), frame.number(), frame.dateLine(), issuedOn,
                frame.circulation(), draft.opening());
        Map<Long, BulletinPicture> shown = pictures(draft.sections().stream()
                .flatMap(s -> s.items().stream()).map(ItemDraft::pictureId).filter(Objects::nonNull).toList());
        List<BulletinContent.Section> sections = new ArrayList<>();
        for (SectionDraft section : draft.sections()) {
            boolean statistics = section.kind() == SectionKind.STATISTICS;
            List<BulletinContent.Item> items = new ArrayList<>();
            for (ItemDraft item : section.items()) {
                items.add(new BulletinContent.Item(items.size() + 1, item.title(), directiveLine(item),
                        item.body(), picture(item.pictureId() == null ? null : shown.get(item.pictureId()),
                        item.pictureCaption()),
                        blankToNull(item.source())));
            }
            sections.add(new BulletinContent.Section(section.heading(), statistics, List.copyOf(items)));
        }
        return new BulletinContent(fileBaseName(period, draft.edition()), header, List.copyOf(sections),
                statistics(snapshot, draft.highlights()), draft.closing(), draft.recipients(),
                draft.edition() > 1 ? BulletinTexts.text("bulletin.correction.line", String.valueOf(draft.edition()),
                        Objects.toString(draft.correctionNote(), "")) : null);
    }

    /** Plain text of everything the saved bulletin prints with this snapshot, for the readers' search. */
    String searchText(Bulletin bulletin, StatisticsSnapshot snapshot) {
        return searchText(of(BulletinDrafts.of(bulletin, snapshot, agency), bulletin.getPeriod(), snapshot));
    }

    /** Plain text of everything the bulletin prints, for the readers' search. */
    static String searchText(BulletinContent content) {
        StringBuilder text = new StringBuilder();
        BulletinContent.Header header = content.header();
        append(text, header.title(), header.periodLabel(), header.numberLine(), header.dateLine(),
                MarkdownText.plainText(header.openingMarkdown()));
        for (BulletinContent.Section section : content.sections()) {
            append(text, section.heading());
            for (BulletinContent.Item item : section.items()) {
                append(text, item.title(), item.directiveLine(), MarkdownText.plainText(item.bodyMarkdown()),
                        item.source(), item.picture() == null ? null : item.picture().caption());
            }
        }
        if (content.statistics() != null) {
            for (BulletinContent.StatisticsBlock block : content.statistics().blocks()) {
                append(text, block.title());
                block.paragraphs().forEach(p -> append(text, p));
                block.highlights().forEach(h -> append(text, h));
            }
        }
        append(text, content.correctionNote());
        return text.toString();
    }

    private static void append(StringBuilder text, String... parts) {
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                text.append(part.strip()).append('\n');
            }
        }
    }

    private BulletinContent.Statistics statistics(StatisticsSnapshot snapshot, List<HighlightDraft> highlights) {
        if (snapshot == null) {
            return null;
        }
        Map<String, String> inForce = new HashMap<>();
        for (HighlightDraft highlight : highlights) {
            inForce.put(highlight.tableCode() + "#" + highlight.position(),
                    highlight.isEdited() ? highlight.edited() : highlight.generated());
        }
        List<BulletinContent.StatisticsBlock> blocks = new ArrayList<>();
        for (StatisticsSnapshot.Block block : snapshot.blocks()) {
            List<String> sentences = new ArrayList<>();
            for (int i = 0; i < block.highlights().size(); i++) {
                sentences.add(inForce.getOrDefault(block.code() + "#" + i, block.highlights().get(i)));
            }
            blocks.add(new BulletinContent.StatisticsBlock(block.title(), block.paragraphs(), block.table(),
                    List.copyOf(sentences)));
        }
        String notApproved = snapshot.notApprovedUnits().isEmpty() ? null
                : BulletinTexts.text("bulletin.statistics.notApproved", String.join(", ", snapshot.notApprovedUnits()));
        return new BulletinContent.Statistics(snapshot.heading(), snapshot.approvedLine(), notApproved,
                List.copyOf(blocks));
    }

    private Map<Long, BulletinPicture> pictures(Collection<Long> ids) {
        return ids.isEmpty() ? Map.of() : pictures.findByIdIn(ids).stream()
                .collect(Collectors.toMap(BulletinPicture::getId, Function.identity()));
    }

    private static BulletinContent.Picture picture(BulletinPicture picture, String caption) {
        return picture == null ? null : new BulletinContent.Picture(picture.getId(), picture.getMediaType(),
                picture.getContent(), picture.getWidth(), picture.getHeight(), blankToNull(caption));
    }

    static String directiveLine(ItemDraft item) {
        if (blankToNull(item.docNumber()) == null) {
            return null;
        }
        String date = item.docDate() == null ? "" : BulletinTexts.text("bulletin.directive.date",
                VnFormat.date(item.docDate()));
        String issuer = blankToNull(item.docIssuer()) == null ? "" : BulletinTexts.text("bulletin.directive.issuer",
                item.docIssuer().strip());
        return BulletinTexts.text("bulletin.directive.line", item.docNumber().strip(), date, issuer).strip();
    }

    static String fileBaseName(ReportingPeriod period, int edition) {
        String base = "ban-tin_" + period.yearMonth();
        return edition > 1 ? base + "_dinh-chinh-" + edition : base;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
