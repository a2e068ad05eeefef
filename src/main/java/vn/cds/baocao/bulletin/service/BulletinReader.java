package vn.cds.baocao.bulletin.service;

import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cds.baocao.base.error.BusinessException;
import vn.cds.baocao.bulletin.domain.Bulletin;
import vn.cds.baocao.bulletin.domain.BulletinRepository;
import vn.cds.baocao.bulletin.domain.BulletinStatus;
import vn.cds.baocao.bulletin.domain.BulletinTransitions;
import vn.cds.baocao.bulletin.service.render.BulletinContent;
import vn.cds.baocao.bulletin.service.render.BulletinFiles;
import vn.cds.baocao.bulletin.service.render.BulletinHtml;
import vn.cds.baocao.period.service.AgencySettings;
import vn.cds.baocao.security.domain.Role;
import vn.cds.baocao.security.service.CurrentUser;

/**
 * Reading bulletins: the published ones for the leaders (and the department), searchable by text and year; the
 * composers and the approver may also read a draft. The HTML page, DOCX and PDF print the same
 * {@link BulletinContent}.
 */
@Service
@Transactional(readOnly = true)
public class BulletinReader {

    public static final int MAX_QUERY = 200;

    private final BulletinRepository bulletins;
    private final StatisticsSnapshots snapshots;
    private final BulletinContents contents;
    private final AgencySettings agency;
    private final CurrentUser currentUser;
    private final BulletinFiles files = new BulletinFiles();

    public BulletinReader(BulletinRepository bulletins, StatisticsSnapshots snapshots, BulletinContents contents,
                          AgencySettings agency, CurrentUser currentUser) {
        this.bulletins = bulletins;
        this.snapshots = snapshots;
        this.contents = contents;
        this.agency = agency;
        this.currentUser = currentUser;
    }

    /**
     * Published bulletins (newest issue first; a corrected one only in its newest edition), whose text contains
     * {@code text} (accents and case ignored, as the database's collation compares; blank: all), of {@code year}
     * (null: all).
     */
    @PreAuthorize("hasAnyRole('LEADER', 'REVIEWER', 'PUBLISHER')")
    public List<BulletinSummary> published(String text, Integer year, int offset, int limit) {
        int size = Math.max(1, limit);
        return bulletins.published(pattern(text), year, PageRequest.of(offset / size, size)).stream()
                .map(b -> BulletinSummaries.withExcerpt(b, agency)).toList();
    }

    @PreAuthorize("hasAnyRole('LEADER', 'REVIEWER', 'PUBLISHER')")
    public long countPublished(String text, Integer year) {
        return bulletins.countPublished(pattern(text), year);
    }

    /**
     * The home page's bulletin line: the newest published one; for the composers and the approver also what is
     * waiting for approval and the newest edition in the works.
     */
    @PreAuthorize("hasAnyRole('LEADER', 'REVIEWER', 'PUBLISHER')")
    public BulletinHome home() {
        BulletinSummary latest = bulletins.published(null, null, PageRequest.of(0, 1)).stream().findFirst()
                .map(b -> BulletinSummaries.of(b, agency)).orElse(null);
        var user = currentUser.require();
        if (!user.hasRole(Role.REVIEWER) && !user.hasRole(Role.PUBLISHER)) {
            return new BulletinHome(latest, 0, null);
        }
        BulletinSummary newest = bulletins.newestEditions(PageRequest.of(0, 1)).stream().findFirst()
                .map(b -> BulletinSummaries.of(b, agency)).orElse(null);
        return new BulletinHome(latest, bulletins.countByStatus(BulletinStatus.SUBMITTED), newest);
    }

    /** The years that have published bulletins, newest first (the year filter). */
    @PreAuthorize("hasAnyRole('LEADER', 'REVIEWER', 'PUBLISHER')")
    public List<Integer> years() {
        return bulletins.publishedYears();
    }

    /** One bulletin to read: its line, what prints, and the other editions of its period. */
    @PreAuthorize("hasAnyRole('LEADER', 'REVIEWER', 'PUBLISHER')")
    public Reading read(long bulletinId) {
        Bulletin bulletin = readable(bulletinId);
        List<BulletinSummary> editions = bulletins.editionsOf(bulletin.getPeriod().getId()).stream()
                .filter(b -> b.getId() != bulletinId && mayRead(b)).map(b -> BulletinSummaries.of(b, agency)).toList();
        return new Reading(BulletinSummaries.of(bulletin, agency), content(bulletin), editions);
    }

    /** The bulletin as one HTML fragment (sanitised), for the reading page and the approver's preview. */
    @PreAuthorize("hasAnyRole('LEADER', 'REVIEWER', 'PUBLISHER')")
    public String html(long bulletinId) {
        return BulletinHtml.render(content(readable(bulletinId)));
    }

    @PreAuthorize("hasAnyRole('LEADER', 'REVIEWER', 'PUBLISHER')")
    public BulletinFile document(long bulletinId, BulletinFormat format) {
        BulletinContent content = content(readable(bulletinId));
        BulletinFiles.File file = switch (format) {
            case DOCX -> files.docx(content);
            case PDF -> files.pdf(content);
        };
        return new BulletinFile(file.name(), file.mediaType(), file.content());
    }

    private BulletinContent content(Bulletin bulletin) {
        StatisticsSnapshot snapshot = snapshots.read(bulletin.getStatisticsJson());
        return contents.of(BulletinDrafts.of(bulletin, snapshot, agency), bulletin.getPeriod(), snapshot);
    }

    /** A leader reads published editions only ("not found" otherwise, so drafts are not even revealed). */
    private Bulletin readable(long bulletinId) {
        Bulletin bulletin = bulletins.require(bulletinId);
        if (!mayRead(bulletin)) {
            throw new BusinessException("bulletin.error.notFound");
        }
        return bulletin;
    }

    private boolean mayRead(Bulletin bulletin) {
        var user = currentUser.require();
        return BulletinTransitions.isPublic(bulletin.getStatus()) || user.hasRole(Role.REVIEWER)
                || user.hasRole(Role.PUBLISHER);
    }

    static String pattern(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String query = text.strip();
        if (query.length() > MAX_QUERY) {
            query = query.substring(0, MAX_QUERY);
        }
        return "%" + query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    /** A bulletin to read. */
    public record Reading(BulletinSummary summary, BulletinContent content, List<BulletinSummary> otherEditions) {
    }

    /** A generated file. */
    public record BulletinFile(String fileName, String mediaType, byte[] content) {
    }
}
