package vn.cds.baocao.bulletin.service;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cds.baocao.base.error.BusinessException;
import vn.cds.baocao.base.format.VnFormat;
import vn.cds.baocao.bulletin.domain.Bulletin;
import vn.cds.baocao.bulletin.domain.BulletinAction;
import vn.cds.baocao.bulletin.domain.BulletinEvent;
import vn.cds.baocao.bulletin.domain.BulletinEventRepository;
import vn.cds.baocao.bulletin.domain.BulletinHighlight;
import vn.cds.baocao.bulletin.domain.BulletinPictureRepository;
import vn.cds.baocao.bulletin.domain.BulletinRepository;
import vn.cds.baocao.bulletin.domain.BulletinStatus;
import vn.cds.baocao.bulletin.domain.event.BulletinMoved;
import vn.cds.baocao.period.service.AgencySettings;
import vn.cds.baocao.report.domain.ReportStatus;
import vn.cds.baocao.report.service.ReportDirectory;
import vn.cds.baocao.security.service.AccountDirectory;
import vn.cds.baocao.security.service.CurrentUser;

/**
 * The bulletin's own workflow: a composer (REVIEWER) submits; the head of the standing agency (PUBLISHER) returns
 * it with a reason or approves it, which publishes it — never the one who submitted it. Publishing a correction
 * supersedes the earlier edition. Every move is a line of the history and is announced after commit.
 */
@Service
@Transactional
public class BulletinWorkflow {

    private final BulletinRepository bulletins;
    private final BulletinEventRepository events;
    private final BulletinPictureRepository pictures;
    private final StatisticsSnapshots snapshots;
    private final BulletinContents contents;
    private final BulletinInput input;
    private final AgencySettings agency;
    private final ReportDirectory reports;
    private final AccountDirectory accounts;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    public BulletinWorkflow(BulletinRepository bulletins, BulletinEventRepository events,
                            BulletinPictureRepository pictures, StatisticsSnapshots snapshots,
                            BulletinContents contents, BulletinInput input, AgencySettings agency,
                            ReportDirectory reports, AccountDirectory accounts, CurrentUser currentUser,
                            ApplicationEventPublisher publisher, Clock clock) {
        this.bulletins = bulletins;
        this.events = events;
        this.pictures = pictures;
        this.snapshots = snapshots;
        this.contents = contents;
        this.input = input;
        this.agency = agency;
        this.reports = reports;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.publisher = publisher;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('REVIEWER')")
    public void submit(long bulletinId, long version) {
        Bulletin bulletin = find(bulletinId);
        checkVersion(bulletin, version);
        if (bulletin.getStatisticsJson() == null) {
            throw new BusinessException("bulletin.error.noStatistics");
        }
        move(bulletin, BulletinAction.SUBMIT, null);
    }

    @PreAuthorize("hasRole('PUBLISHER')")
    public void returnToComposers(long bulletinId, long version, String reason) {
        Bulletin bulletin = find(bulletinId);
        checkVersion(bulletin, version);
        String cleanReason = input.required(reason, "bulletin.error.reasonRequired", BulletinInput.MAX_NOTE);
        move(bulletin, BulletinAction.RETURN, cleanReason);
    }

    /**
     * What the approver is told before publishing: the units whose report was not approved when the statistics
     * were taken (they print "chưa duyệt"), whether more reports were approved since (the composers could refresh),
     * and how many highlight sentences were edited.
     */
    @PreAuthorize("hasAnyRole('PUBLISHER', 'REVIEWER')")
    @Transactional(readOnly = true)
    public PublicationCheck publicationCheck(long bulletinId) {
        Bulletin bulletin = find(bulletinId);
        StatisticsSnapshot snapshot = snapshots.read(bulletin.getStatisticsJson());
        long approvedNow = reports.countInStatus(Set.of(ReportStatus.APPROVED), bulletin.getPeriod().getId(), null);
        int edited = (int) bulletin.getHighlights().stream().filter(h -> h.getEditedText() != null).count();
        return new PublicationCheck(snapshot == null ? List.of() : snapshot.notApprovedUnits(),
                snapshot == null ? 0 : snapshot.approvedReports(), approvedNow, edited);
    }

    /** Approves and publishes; a published bulletin is read-only, a correction is a new edition. */
    @PreAuthorize("hasRole('PUBLISHER')")
    public void publish(long bulletinId, long version) {
        Bulletin bulletin = find(bulletinId);
        checkVersion(bulletin, version);
        String actor = currentUser.require().getUsername();
        if (actor.equals(bulletin.getSubmittedBy())) {
            throw new BusinessException("bulletin.error.ownSubmission");
        }
        bulletin.setSearchText(contents.searchText(bulletin, snapshots.read(bulletin.getStatisticsJson())));
        move(bulletin, BulletinAction.PUBLISH, bulletin.getCorrectionNote());
        if (bulletin.getCorrects() != null) {
            Bulletin earlier = bulletin.getCorrects();
            BulletinStatus from = earlier.move(BulletinAction.SUPERSEDE, actor, LocalDateTime.now(clock));
            events.save(new BulletinEvent(earlier.getId(), LocalDateTime.now(clock), actor, BulletinAction.SUPERSEDE,
                    from, earlier.getStatus(), bulletin.getCorrectionNote()));
        }
        pictures.deleteUnused(bulletin.getId());
    }

    /** The history of a bulletin, oldest first, with the actors' names. */
    @PreAuthorize("hasAnyRole('REVIEWER', 'PUBLISHER')")
    @Transactional(readOnly = true)
    public List<HistoryLine> history(long bulletinId) {
        find(bulletinId);
        return events.findByBulletinIdOrderByOccurredAtAscIdAsc(bulletinId).stream()
                .map(e -> new HistoryLine(e.getOccurredAt(), accounts.fullNameOf(e.getActor()).orElse(e.getActor()),
                        e.getAction(), e.getFromStatus(), e.getToStatus(), e.getReason())).toList();
    }

    private void move(Bulletin bulletin, BulletinAction action, String reason) {
        String actor = currentUser.require().getUsername();
        LocalDateTime now = LocalDateTime.now(clock);
        BulletinStatus from = bulletin.move(action, actor, now);
        try {
            bulletins.saveAndFlush(bulletin);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw changed(bulletin);
        }
        events.save(new BulletinEvent(bulletin.getId(), now, actor, action, from, bulletin.getStatus(), reason));
        publisher.publishEvent(new BulletinMoved(bulletin.getId(), bulletin.getPeriod().getId(),
                bulletin.getPeriod().label(BulletinTexts.VI),
                agency.reportNumber(bulletin.getNumber(), bulletin.getIssuedOn()), action, actor, reason));
    }

    /** Refuses an action prepared on an older version of the bulletin. */
    static void checkVersion(Bulletin bulletin, long version) {
        if (bulletin.getVersion() != version) {
            throw changed(bulletin);
        }
    }

    static BusinessException changed(Bulletin bulletin) {
        return new BusinessException("bulletin.error.changed", bulletin.getUpdatedBy(),
                VnFormat.dateTime(bulletin.getUpdatedAt()));
    }

    private Bulletin find(long bulletinId) {
        return bulletins.require(bulletinId);
    }

    /**
     * @param approvedWhenTaken approved reports when the statistics were taken
     * @param approvedNow       approved reports of the period now
     */
    public record PublicationCheck(List<String> notApprovedUnits, long approvedWhenTaken, long approvedNow,
                                   int editedHighlights) {

        public boolean moreApprovedSince() {
            return approvedNow > approvedWhenTaken;
        }
    }

    /** A line of the history. */
    public record HistoryLine(LocalDateTime at, String actor, BulletinAction action, BulletinStatus from,
                              BulletinStatus to, String reason) {
    }
}
