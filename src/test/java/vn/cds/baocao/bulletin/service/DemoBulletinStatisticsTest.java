package vn.cds.baocao.bulletin.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.cds.baocao.bulletin.BulletinReadFixture;
import vn.cds.baocao.support.CdsSpringTest;

/**
 * The demo start-up step: a published bulletin stored without statistics (as changeset 071 stores the Tháng 3/2024
 * one) gets its snapshot, highlight sentences and search text once; a bulletin that has them is left alone.
 */
@CdsSpringTest
class DemoBulletinStatisticsTest {

    @Autowired
    DemoBulletinStatistics demoStatistics;
    @Autowired
    BulletinReadFixture fixture;
    @Autowired
    JdbcTemplate jdbc;

    private Long inserted;

    @AfterEach
    void cleanUp() {
        if (inserted != null) {
            fixture.delete(inserted);
        }
    }

    @Test
    void theDemoBulletinGotItsStatisticsAtStartUp() {
        Map<String, Object> demo = jdbc.queryForMap("SELECT statistics_json, statistics_taken_at, search_text FROM bulletin"
                + " WHERE id = ?", fixture.demoBulletinId());
        assertThat(demo.get("statistics_json")).isNotNull();
        assertThat(demo.get("statistics_taken_at")).isNotNull();
        assertThat((String) demo.get("search_text")).contains("Đẩy nhanh tiến độ thực hiện nhiệm vụ Đề án 06",
                "1470/UBND-NC", "tổng số tin tiếp nhận 360 tin");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM bulletin_highlight WHERE bulletin_id = ?", Long.class,
                fixture.demoBulletinId())).isPositive();
    }

    @Test
    void aPublishedBulletinWithoutStatisticsGetsThemOnceAndNothingElseChanges() {
        long periodId = fixture.periodId(2024, 3);
        long demoId = fixture.demoBulletinId();
        String demoJson = jdbc.queryForObject("SELECT statistics_json FROM bulletin WHERE id = ?", String.class, demoId);
        // a correction of the demo bulletin as the demo changeset would store one: published, statistics empty
        jdbc.update("""
                INSERT INTO bulletin (period_id, edition, corrects_id, correction_note, status, number, issued_on,
                    title, subtitle, opening, closing, version, created_by, created_at, updated_by, updated_at,
                    published_by, published_at)
                VALUES (?, 2, ?, 'Đính chính thử', 'PUBLISHED', 3, '2024-04-23', 'BÁO CÁO CHUYÊN ĐỀ', 'Phụ đề',
                    'Mở đầu', 'Kết', 0, 'reviewer', NOW(6), 'pheduyet', NOW(6), 'pheduyet', NOW(6))""",
                periodId, demoId);
        inserted = jdbc.queryForObject("SELECT id FROM bulletin WHERE period_id = ? AND edition = 2", Long.class,
                periodId);
        jdbc.update("INSERT INTO bulletin_section (bulletin_id, kind, position, heading) VALUES (?, 'SHARING', 0, 'GÓC CHIA SẺ')",
                inserted);
        jdbc.update("""
                INSERT INTO bulletin_item (section_id, position, title, body)
                VALUES ((SELECT id FROM bulletin_section WHERE bulletin_id = ?), 0, 'Bài kiểm thử', 'Nội dung riêng')""",
                inserted);

        assertThat(demoStatistics.fillMissing()).isEqualTo(1);

        Map<String, Object> row = jdbc.queryForMap("SELECT statistics_json, search_text, status FROM bulletin WHERE id = ?",
                inserted);
        assertThat(row.get("statistics_json")).isNotNull();
        assertThat(row.get("status")).isEqualTo("PUBLISHED");
        assertThat((String) row.get("search_text")).contains("Bài kiểm thử", "Nội dung riêng", "Đính chính thử",
                "tổng số tin tiếp nhận");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM bulletin_highlight WHERE bulletin_id = ?", Long.class,
                inserted)).isPositive();
        assertThat(jdbc.queryForObject("SELECT statistics_json FROM bulletin WHERE id = ?", String.class, demoId))
                .as("a bulletin with statistics is left alone").isEqualTo(demoJson);
        assertThat(demoStatistics.fillMissing()).as("once").isZero();
        assertThat(SecurityContextHolder.getContext().getAuthentication()).as("signed out again").isNull();
    }
}
