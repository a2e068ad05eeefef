package vn.cds.baocao.bulletin.service;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cds.baocao.base.error.BusinessException;
import vn.cds.baocao.bulletin.domain.Bulletin;
import vn.cds.baocao.bulletin.domain.BulletinAction;
import vn.cds.baocao.bulletin.domain.BulletinEvent;
import vn.cds.baocao.bulletin.domain.BulletinEventRepository;
import vn.cds.baocao.bulletin.domain.BulletinHighlight;
import vn.cds.baocao.bulletin.domain.BulletinItem;
import vn.cds.baocao.bulletin.domain.BulletinPicture;
import vn.cds.baocao.bulletin.domain.BulletinPictureRepository;
import vn.cds.baocao.bulletin.domain.BulletinRepository;
import vn.cds.baocao.bulletin.domain.BulletinSection;
import vn.cds.baocao.bulletin.domain.BulletinStatus;
import vn.cds.baocao.bulletin.domain.BulletinTransitions;
import vn.cds.baocao.bulletin.domain.SectionKind;
import vn.cds.baocao.bulletin.service.BulletinDraft.HighlightDraft;
import vn.cds.baocao.bulletin.service.BulletinDraft.ItemDraft;
import vn.cds.baocao.bulletin.service.BulletinDraft.SectionDraft;
import vn.cds.baocao.bulletin.service.render.BulletinContent;
import vn.cds.baocao.exchange.service.document.ReportDocument;
import vn.cds.baocao.period.domain.ReportingPeriod;
import vn.cds.baocao.period.service.AgencySettings;
import vn.cds.baocao.period.service.PeriodDirectory;
import vn.cds.baocao.security.service.CurrentUser;

/**
 * Composing a bulletin (REVIEWER): create it for a period from approved data, save its content, refresh its
 * statistics, upload pictures, start a correction of a published one. The composers and the approver
 * (PUBLISHER) may read every draft. What may change when is {@link BulletinTransitions}'; the workflow's moves are
 * {@link BulletinWorkflow}'s.
 */
@Service
@Transactional
public class BulletinComposer {

    private final BulletinRepository bulletins;
    private final BulletinPictureRepository pictures;
    private final BulletinEventRepository events;
    private final StatisticsSnapshots snapshots;
    private final BulletinContents contents;
    private final BulletinInput input;
    private final PeriodDirectory periods;
    private final AgencySettings agency;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final EntityManager entityManager;

    public BulletinComposer(BulletinRepository bulletins, BulletinPictureRepository pictures,
                            BulletinEventRepository events, StatisticsSnapshots snapshots, BulletinContents contents,
                            BulletinInput input, PeriodDirectory periods, AgencySettings agency,
                            CurrentUser currentUser, Clock clock, EntityManager entityManager) {
        this.bulletins = bulletins;
        this.pictures = pictures;
        this.events = events;
        this.snapshots = snapshots;
        this.contents = contents;
        this.input = input;
        this.periods = periods;
        this.agency = agency;
        this.currentUser = currentUser;
        this.clock = clock;
        this.entityManager = entityManager;
    }

    /** The newest edition of every period's bulletin, newest period first. */
    @PreAuthorize("hasAnyRole('REVIEWER', 'PUBLISHER')")
    @Transactional(readOnly = true)
    public List<BulletinSummary> list(int offset, int limit) {
        return bulletins.newestEditions(PageRequest.of(offset / Math.max(1, limit), Math.max(1, limit))).stream()
                .map(this::summary).toList();
    }

    @PreAuthorize("hasAnyRole('REVIEWER', 'PUBLISHER')")
    @Transactional(readOnly = true)
    public long count() {
        return bulletins.countNewestEditions();
    }

    /** Periods that have begun and have no bulletin yet, newest first: what "Tạo bản tin" offers. */
    @PreAuthorize("hasRole('REVIEWER')")
    @Transactional(readOnly = true)
    public List<PeriodChoice> periodsWithoutBulletin() {
        LocalDate today = LocalDate.now(clock);
        Set<Long> taken = Set.copyOf(bulletins.periodIds());
        return periods.newestFirst().stream()
                .filter(p -> !p.getDataFrom().isAfter(today) && !taken.contains(p.getId()))
                .map(p -> new PeriodChoice(p.getId(), p.label(BulletinTexts.VI))).toList();
    }

    /**
     * A new bulletin for the period: number = the period's month (the seeds' numbering), issued today, the texts of
     * the standing agency in force today, one section of each kind, the statistics taken from approved data now.
     */
    @PreAuthorize("hasRole('REVIEWER')")
    public long create(long periodId) {
        ReportingPeriod period = periods.find(periodId)
                .orElseThrow(() -> new BusinessException("bulletin.error.periodNotFound"));
        LocalDate today = LocalDate.now(clock);
        if (period.getDataFrom().isAfter(today)) {
            throw new BusinessException("bulletin.error.periodNotBegun", period.label(BulletinTexts.VI));
        }
        if (!bulletins.editionsOf(periodId).isEmpty()) {
            throw new BusinessException("bulletin.error.exists", period.label(BulletinTexts.VI));
        }
        String actor = currentUser.require().getUsername();
        LocalDateTime now = LocalDateTime.now(clock);
        Bulletin bulletin = new Bulletin(period, 1, null, actor, now);
        int number = period.getMonth();
        StatisticsSnapshot snapshot = snapshots.take(period, number, today);
        ReportDocument texts = BulletinFrame.texts(period, agency.on(today), number, today);
        bulletin.setHeader(number, today, texts.title(), texts.subtitle(), texts.intro(), texts.closing(),
                BulletinTexts.text("bulletin.recipients.default", agency.on(today).steeringCommittee()));
        int position = 0;
        for (SectionKind kind : SectionKind.values()) {
            bulletin.getSections().add(new BulletinSection(bulletin, kind, position++,
                    BulletinTexts.text("bulletin.section." + kind.name())));
        }
        takeStatistics(bulletin, snapshot, snapshots.write(snapshot), now);
        bulletins.saveAndFlush(bulletin);
        record(bulletin, BulletinAction.CREATE, null, actor, now, null);
        return bulletin.getId();
    }

    @PreAuthorize("hasAnyRole('REVIEWER', 'PUBLISHER')")
    @Transactional(readOnly = true)
    public BulletinDraft draft(long bulletinId) {
        Bulletin bulletin = find(bulletinId);
        return BulletinDrafts.of(bulletin, snapshots.read(bulletin.getStatisticsJson()), agency);
    }

    /**
     * Saves what the editor holds, refusing a draft prepared from an older version ("bulletin.error.changed": nobody
     * overwrites another's save) and any bad input with its message, nothing saved. Texts are stored as typed, minus
     * any HTML. Returns the saved bulletin.
     */
    @PreAuthorize("hasRole('REVIEWER')")
    public BulletinDraft save(BulletinDraft draft) {
        Bulletin bulletin = editable(draft.id(), draft.version(), BulletinAction.SAVE);
        BulletinDraft clean = input.checked(draft, bulletin);
        Map<Long, BulletinPicture> shown = ownPictures(bulletin, clean);
        bulletin.setHeader(clean.number(), clean.issuedOn(), clean.title(), clean.subtitle(), clean.opening(),
                clean.closing(), clean.recipients());
        if (bulletin.getEdition() > 1) {
            bulletin.setCorrectionNote(clean.correctionNote());
        }
        Map<SectionKind, SectionDraft> wanted = new HashMap<>();
        clean.sections().forEach(section -> wanted.put(section.kind(), section));
        for (BulletinSection section : bulletin.getSections()) {
            SectionDraft given = wanted.get(section.getKind());
            if (given == null) {
                continue;
            }
            section.setHeading(given.heading());
            section.getItems().clear();
            if (section.getKind() == SectionKind.STATISTICS) {
                continue;
            }
            int position = 0;
            for (ItemDraft item : given.items()) {
                BulletinItem saved = new BulletinItem(section, position++);
                saved.setContent(item.title(), item.body(), item.source(), item.docNumber(), item.docDate(),
                        item.docIssuer(), item.pictureId() == null ? null : shown.get(item.pictureId()),
                        item.pictureCaption());
                section.getItems().add(saved);
            }
        }
        Map<String, String> edits = new HashMap<>();
        clean.highlights().forEach(h -> edits.put(h.tableCode() + "#" + h.position(), h.edited()));
        for (BulletinHighlight highlight : bulletin.getHighlights()) {
            String key = highlight.getTableCode() + "#" + highlight.getPosition();
            if (edits.containsKey(key)) {
                highlight.setEditedText(edits.get(key));
            }
        }
        return saved(bulletin, BulletinAction.SAVE, null);
    }

    /** Takes the statistics again from today's approved data; edited sentences keep their edits. */
    @PreAuthorize("hasRole('REVIEWER')")
    public BulletinDraft refreshStatistics(long bulletinId, long version) {
        Bulletin bulletin = editable(bulletinId, version, BulletinAction.REFRESH_STATISTICS);
        StatisticsSnapshot snapshot = snapshots.take(bulletin.getPeriod(), bulletin.getNumber(),
                bulletin.getIssuedOn());
        takeStatistics(bulletin, snapshot, snapshots.write(snapshot), LocalDateTime.now(clock));
        return saved(bulletin, BulletinAction.REFRESH_STATISTICS, null);
    }

    /**
     * Stores a picture for an item of the bulletin (JPEG or PNG, checked by its bytes and size); the item shows it
     * once the editor saves with its id.
     */
    @PreAuthorize("hasRole('REVIEWER')")
    public long uploadPicture(long bulletinId, byte[] content) {
        Bulletin bulletin = find(bulletinId);
        if (!BulletinTransitions.isEditable(bulletin.getStatus())) {
            throw new BusinessException("bulletin.error.locked");
        }
        PictureCheck.Checked checked = PictureCheck.check(content);
        BulletinPicture picture = new BulletinPicture(bulletinId, checked.mediaType(), checked.width(),
                checked.height(), content, currentUser.require().getUsername(), LocalDateTime.now(clock));
        return pictures.save(picture).getId();
    }

    /** The bulletin as it would print with the editor's unsaved content: the live preview. */
    @PreAuthorize("hasAnyRole('REVIEWER', 'PUBLISHER')")
    @Transactional(readOnly = true)
    public BulletinContent preview(BulletinDraft draft) {
        Bulletin bulletin = find(draft.id());
        return contents.of(draft, bulletin.getPeriod(), snapshots.read(bulletin.getStatisticsJson()));
    }

    /** Earlier bulletins whose items can be copied (recurring sections), newest first. */
    @PreAuthorize("hasRole('REVIEWER')")
    @Transactional(readOnly = true)
    public List<BulletinSummary> copySources(long bulletinId) {
        return bulletins.newestEditions(PageRequest.of(0, 60)).stream()
                .filter(b -> b.getId() != bulletinId).map(this::summary).toList();
    }

    /**
     * The items of a section of another bulletin, to be added to this one: their pictures are copied to this
     * bulletin (a picture belongs to one bulletin).
     */
    @PreAuthorize("hasRole('REVIEWER')")
    public List<ItemDraft> copyItems(long bulletinId, long sourceBulletinId, SectionKind kind) {
        Bulletin target = find(bulletinId);
        if (!BulletinTransitions.isEditable(target.getStatus())) {
            throw new BusinessException("bulletin.error.locked");
        }
        Bulletin source = find(sourceBulletinId);
        List<ItemDraft> copies = new ArrayList<>();
        for (BulletinSection section : source.getSections()) {
            if (section.getKind() != kind) {
                continue;
            }
            for (BulletinItem item : section.getItems()) {
                Long pictureId = item.getPicture() == null ? null : copyPicture(item.getPicture(), bulletinId);
                copies.add(new ItemDraft(item.getTitle(), item.getBody(), item.getSource(), item.getDocNumber(),
                        item.getDocDate(), item.getDocIssuer(), pictureId, item.getPictureCaption()));
            }
        }
        return List.copyOf(copies);
    }

    /**
     * Starts the correction of a published bulletin: a new edition, a draft with the same content and a visible
     * note (required); once published it replaces the earlier edition for the readers.
     */
    @PreAuthorize("hasRole('REVIEWER')")
    public long correct(long publishedId, String note) {
        Bulletin published = find(publishedId);
        if (!BulletinTransitions.isAllowed(BulletinAction.CORRECT, published.getStatus())) {
            throw new BusinessException("bulletin.error.correctOnlyPublished");
        }
        List<Bulletin> editions = bulletins.editionsOf(published.getPeriod().getId());
        if (editions.getFirst().getEdition() != published.getEdition()) {
            throw new BusinessException("bulletin.error.correctionExists");
        }
        String cleanNote = input.required(note, "bulletin.error.noteRequired", BulletinInput.MAX_NOTE);
        String actor = currentUser.require().getUsername();
        LocalDateTime now = LocalDateTime.now(clock);
        Bulletin correction = new Bulletin(published.getPeriod(), published.getEdition() + 1, published, actor, now);
        correction.setHeader(published.getNumber(), published.getIssuedOn(), published.getTitle(),
                published.getSubtitle(), published.getOpening(), published.getClosing(), published.getRecipients());
        correction.setCorrectionNote(cleanNote);
        correction.setStatistics(published.getStatisticsJson(), published.getStatisticsTakenAt());
        bulletins.saveAndFlush(correction);
        for (BulletinSection section : published.getSections()) {
            BulletinSection copy = new BulletinSection(correction, section.getKind(), section.getPosition(),
                    section.getHeading());
            for (BulletinItem item : section.getItems()) {
                BulletinItem itemCopy = new BulletinItem(copy, item.getPosition());
                Long pictureId = item.getPicture() == null ? null : copyPicture(item.getPicture(), correction.getId());
                itemCopy.setContent(item.getTitle(), item.getBody(), item.getSource(), item.getDocNumber(),
                        item.getDocDate(), item.getDocIssuer(),
                        pictureId == null ? null : pictures.getReferenceById(pictureId), item.getPictureCaption());
                copy.getItems().add(itemCopy);
            }
            correction.getSections().add(copy);
        }
        for (BulletinHighlight highlight : published.getHighlights()) {
            BulletinHighlight copy = new BulletinHighlight(correction, highlight.getTableCode(),
                    highlight.getPosition(), highlight.getGeneratedText());
            copy.setEditedText(highlight.getEditedText());
            correction.getHighlights().add(copy);
        }
        bulletins.saveAndFlush(correction);
        record(published, BulletinAction.CORRECT, published.getStatus(), actor, now, cleanNote);
        record(correction, BulletinAction.CREATE, null, actor, now, cleanNote);
        return correction.getId();
    }

    private Long copyPicture(BulletinPicture picture, long bulletinId) {
        return pictures.save(new BulletinPicture(bulletinId, picture.getMediaType(), picture.getWidth(),
                picture.getHeight(), picture.getContent(), currentUser.require().getUsername(),
                LocalDateTime.now(clock))).getId();
    }

    /**
     * Stores the snapshot ({@code json}, its JSON) and its highlight sentences: a new sentence as generated, an
     * existing one with its new generated text and its edit kept. Also the demo start-up's (DemoBulletinStatistics).
     */
    static void takeStatistics(Bulletin bulletin, StatisticsSnapshot snapshot, String json, LocalDateTime now) {
        bulletin.setStatistics(json, now);
        Map<String, BulletinHighlight> existing = new HashMap<>();
        bulletin.getHighlights().forEach(h -> existing.put(h.getTableCode() + "#" + h.getPosition(), h));
        List<BulletinHighlight> kept = new ArrayList<>();
        for (StatisticsSnapshot.Block block : snapshot.blocks()) {
            for (int i = 0; i < block.highlights().size(); i++) {
                BulletinHighlight highlight = existing.get(block.code() + "#" + i);
                if (highlight == null) {
                    highlight = new BulletinHighlight(bulletin, block.code(), i, block.highlights().get(i));
                } else {
                    highlight.setGeneratedText(block.highlights().get(i));
                }
                kept.add(highlight);
            }
        }
        bulletin.getHighlights().retainAll(kept);
        kept.stream().filter(h -> !bulletin.getHighlights().contains(h)).forEach(bulletin.getHighlights()::add);
    }

    private Map<Long, BulletinPicture> ownPictures(Bulletin bulletin, BulletinDraft draft) {
        List<Long> ids = draft.sections().stream().flatMap(s -> s.items().stream()).map(ItemDraft::pictureId)
                .filter(Objects::nonNull).toList();
        Map<Long, BulletinPicture> found = ids.isEmpty() ? Map.of() : pictures.findByIdIn(ids).stream()
                .filter(p -> p.getBulletinId() == bulletin.getId())
                .collect(Collectors.toMap(BulletinPicture::getId, p -> p));
        if (found.size() != Set.copyOf(ids).size()) {
            throw new BusinessException("bulletin.picture.notFound");
        }
        return found;
    }

    private Bulletin editable(long bulletinId, long version, BulletinAction action) {
        Bulletin bulletin = find(bulletinId);
        if (!BulletinTransitions.isAllowed(action, bulletin.getStatus())) {
            throw new BusinessException("bulletin.error.locked");
        }
        BulletinWorkflow.checkVersion(bulletin, version);
        try {
            // Raises the version now (UPDATE … WHERE version = the one checked): a save that changes only items
            // or highlights (rows of other tables) must still make a concurrent save from the same version lose.
            entityManager.lock(bulletin, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        } catch (OptimisticLockException | ObjectOptimisticLockingFailureException e) {
            throw BulletinWorkflow.changed(bulletin);
        }
        return bulletin;
    }

    private BulletinDraft saved(Bulletin bulletin, BulletinAction action, String reason) {
        String actor = currentUser.require().getUsername();
        LocalDateTime now = LocalDateTime.now(clock);
        bulletin.touched(actor, now);
        try {
            bulletins.saveAndFlush(bulletin);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw BulletinWorkflow.changed(bulletin);
        }
        record(bulletin, action, bulletin.getStatus(), actor, now, reason);
        return BulletinDrafts.of(bulletin, snapshots.read(bulletin.getStatisticsJson()), agency);
    }

    private void record(Bulletin bulletin, BulletinAction action, BulletinStatus from, String actor,
                        LocalDateTime now, String reason) {
        events.save(new BulletinEvent(bulletin.getId(), now, actor, action, from, bulletin.getStatus(), reason));
    }

    private Bulletin find(long bulletinId) {
        return bulletins.require(bulletinId);
    }

    BulletinSummary summary(Bulletin bulletin) {
        return BulletinSummaries.of(bulletin, agency);
    }

    /** A period a bulletin can be created for. */
    public record PeriodChoice(long periodId, String label) {
    }
}
