package vn.cds.baocao.bulletin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.cds.baocao.bulletin.domain.SectionKind;
import vn.cds.baocao.bulletin.service.BulletinComposer;
import vn.cds.baocao.bulletin.service.BulletinDraft;
import vn.cds.baocao.bulletin.service.BulletinDraft.ItemDraft;
import vn.cds.baocao.bulletin.service.BulletinDraft.SectionDraft;
import vn.cds.baocao.bulletin.service.BulletinWorkflow;
import vn.cds.baocao.support.SignIn;

/**
 * Bulletins for the readers' tests: composed and published through the services (as the demo reviewer and the
 * demo publisher), found, and removed again with everything they made (sections, items, pictures, history,
 * notifications), so that the shared database is left as it was.
 */
@Component
public class BulletinReadFixture {

    public static final String PUBLISHER = "pheduyet";

    private final BulletinComposer composer;
    private final BulletinWorkflow workflow;
    private final SignIn signIn;
    private final JdbcTemplate jdbc;

    public BulletinReadFixture(BulletinComposer composer, BulletinWorkflow workflow, SignIn signIn, JdbcTemplate jdbc) {
        this.composer = composer;
        this.workflow = workflow;
        this.signIn = signIn;
        this.jdbc = jdbc;
    }

    public long periodId(int year, int month) {
        return jdbc.queryForObject("SELECT id FROM reporting_period WHERE period_year = ? AND period_month = ?",
                Long.class, year, month);
    }

    /**
     * A begun period that has no bulletin, other than the demo's Tháng 3/2024 and the browser test's Tháng 7/2024:
     * the oldest such (the tests of the composers work on recent ones).
     */
    public long freePeriodId() {
        return jdbc.queryForObject("""
                SELECT p.id FROM reporting_period p
                WHERE NOT EXISTS (SELECT 1 FROM bulletin b WHERE b.period_id = p.id)
                  AND NOT (p.period_year = 2024 AND p.period_month IN (3, 7))
                  AND p.data_from <= '2026-11-01'
                ORDER BY p.period_year, p.period_month LIMIT 1""", Long.class);
    }

    public long demoBulletinId() {
        return jdbc.queryForObject("SELECT b.id FROM bulletin b JOIN reporting_period p ON p.id = b.period_id"
                + " WHERE p.period_year = 2024 AND p.period_month = 3 AND b.edition = 1", Long.class);
    }

    /** A draft with the given articles (title → body) in GÓC CHIA SẺ, as the demo reviewer; signs out after. */
    public long draft(long periodId, Map<String, String> articles) {
        signIn.as("reviewer");
        try {
            long id = composer.create(periodId);
            BulletinDraft draft = composer.draft(id);
            List<SectionDraft> sections = new ArrayList<>();
            for (SectionDraft section : draft.sections()) {
                List<ItemDraft> items = new ArrayList<>(section.items());
                if (section.kind() == SectionKind.SHARING) {
                    articles.forEach((title, body) -> items.add(
                            new ItemDraft(title, body, null, null, null, null, null, null)));
                }
                sections.add(new SectionDraft(section.kind(), section.heading(), items));
            }
            composer.save(new BulletinDraft(draft.id(), draft.version(), draft.status(), draft.periodId(),
                    draft.periodLabel(), draft.edition(), draft.correctionNote(), draft.number(),
                    draft.numberPreview(), draft.issuedOn(), draft.title(), draft.subtitle(), draft.opening(),
                    draft.closing(), draft.recipients(), sections, draft.highlights(), draft.statisticsTakenAt()));
            return id;
        } finally {
            signIn.out();
        }
    }

    /** {@link #draft}, submitted by the demo reviewer and published by the demo publisher. */
    public long published(long periodId, Map<String, String> articles) {
        long id = draft(periodId, articles);
        signIn.as("reviewer");
        try {
            workflow.submit(id, composer.draft(id).version());
        } finally {
            signIn.out();
        }
        signIn.as(PUBLISHER);
        try {
            workflow.publish(id, composer.draft(id).version());
        } finally {
            signIn.out();
        }
        return id;
    }

    /** Removes the bulletin (and its corrections) with everything it made. */
    public void delete(long bulletinId) {
        List<Long> corrections = jdbc.queryForList("SELECT id FROM bulletin WHERE corrects_id = ?", Long.class,
                bulletinId);
        corrections.forEach(this::delete);
        jdbc.update("DELETE FROM notification WHERE link IN (?, ?)", "ban-tin/" + bulletinId,
                "soan-ban-tin/" + bulletinId);
        jdbc.update("DELETE FROM bulletin_item WHERE section_id IN (SELECT id FROM bulletin_section WHERE bulletin_id = ?)",
                bulletinId);
        jdbc.update("DELETE FROM bulletin WHERE id = ?", bulletinId);
    }
}
