package vn.cds.baocao.report.domain;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.hibernate.query.NativeQuery;

/**
 * The baseline is written by primary key only. The earlier "delete every row of the report, then insert" took
 * InnoDB next-key and gap locks around the report's key range; two reviewers approving neighbouring reports then
 * each waited for the other's gap and one approval died of a deadlock (issue 9). An insert of new keys takes only
 * insert-intention locks, which do not conflict with each other; {@code ON DUPLICATE KEY UPDATE} on the primary
 * key locks just the existing row; a delete by full primary key of existing rows locks just those rows.
 */
class BaselineWritesImpl implements BaselineWrites {

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    public void upsertBaseline(long reportId, List<Figure> figures) {
        if (figures.isEmpty()) {
            return;
        }
        StringBuilder sql = new StringBuilder(
                "insert into report_baseline_value (report_id, indicator_id, numeric_value, text_value) values ");
        for (int i = 0; i < figures.size(); i++) {
            int p = i * 4;
            sql.append(i == 0 ? "" : ", ").append("(?%d, ?%d, ?%d, ?%d)".formatted(p + 1, p + 2, p + 3, p + 4));
        }
        sql.append(" on duplicate key update numeric_value = values(numeric_value), text_value = values(text_value)");
        NativeQuery<?> query = nativeQuery(sql.toString());
        for (int i = 0; i < figures.size(); i++) {
            Figure figure = figures.get(i);
            int p = i * 4;
            query.setParameter(p + 1, reportId, Long.class);
            query.setParameter(p + 2, figure.indicatorId(), Long.class);
            query.setParameter(p + 3, figure.numericValue(), BigDecimal.class);
            query.setParameter(p + 4, figure.textValue(), String.class);
        }
        query.executeUpdate();
    }

    @Override
    public void deleteBaseline(long reportId, Collection<Long> indicatorIds) {
        if (indicatorIds.isEmpty()) {
            return;
        }
        nativeQuery("delete from report_baseline_value where report_id = ?1 and indicator_id in (?2)")
                .setParameter(1, reportId)
                .setParameter(2, indicatorIds)
                .executeUpdate();
    }

    @Override
    public FiguresAgainstBaseline figuresAgainstBaseline(long reportId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select v.indicator_id, v.numeric_value, v.text_value, 0 as removed
                        from report_value v where v.report_id = ?1
                        union all
                        select b.indicator_id, null, null, 1 from report_baseline_value b where b.report_id = ?1
                        and not exists (select 1 from report_value v2
                                        where v2.report_id = b.report_id and v2.indicator_id = b.indicator_id)
                        order by 4, 1""")
                .unwrap(NativeQuery.class)
                .addSynchronizedQuerySpace("report_value")
                .addSynchronizedQuerySpace("report_baseline_value")
                .setParameter(1, reportId)
                .getResultList();
        List<Figure> figures = new ArrayList<>();
        List<Long> removed = new ArrayList<>();
        for (Object[] row : rows) {
            long indicatorId = ((Number) row[0]).longValue();
            if (((Number) row[3]).intValue() == 1) {
                removed.add(indicatorId);
            } else {
                figures.add(new Figure(indicatorId, (BigDecimal) row[1], (String) row[2]));
            }
        }
        return new FiguresAgainstBaseline(List.copyOf(figures), List.copyOf(removed));
    }

    /** A statement on the baseline table only: Hibernate need not flush other pending changes before it. */
    private NativeQuery<?> nativeQuery(String sql) {
        return entityManager.createNativeQuery(sql).unwrap(NativeQuery.class)
                .addSynchronizedQuerySpace("report_baseline_value");
    }
}
