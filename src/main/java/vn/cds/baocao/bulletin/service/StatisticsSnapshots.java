package vn.cds.baocao.bulletin.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import vn.cds.baocao.analytics.service.Cell;
import vn.cds.baocao.analytics.service.ColumnSpec;
import vn.cds.baocao.analytics.service.PeriodTableService;
import vn.cds.baocao.analytics.service.PeriodTableService.PeriodTables;
import vn.cds.baocao.analytics.service.SectionTable;
import vn.cds.baocao.analytics.service.UnitRef;
import vn.cds.baocao.base.format.VnFormat;
import vn.cds.baocao.bulletin.domain.StatisticsParagraph;
import vn.cds.baocao.bulletin.domain.StatisticsParagraphRepository;
import vn.cds.baocao.exchange.service.document.DocTable;
import vn.cds.baocao.exchange.service.document.ReportDocument;
import vn.cds.baocao.exchange.service.document.ReportDocumentBuilder;
import vn.cds.baocao.period.domain.ReportingPeriod;
import vn.cds.baocao.period.service.AgencySettings;

/**
 * Takes the statistics of a bulletin from the period's approved data: the dashboards' own tables laid out by the
 * statistics document's builder (so the bulletin prints exactly what "Báo cáo chuyên đề" DOCX prints), with the
 * province-wide sections written as sentences ({@link StatisticsParagraph}). Called within the composer's
 * service, which checked the role.
 */
@Component
public class StatisticsSnapshots {

    static final String MISSING = "…";

    private final PeriodTableService tables;
    private final AgencySettings agency;
    private final StatisticsParagraphRepository paragraphs;
    private final JsonMapper json;

    public StatisticsSnapshots(PeriodTableService tables, AgencySettings agency,
                               StatisticsParagraphRepository paragraphs, JsonMapper json) {
        this.tables = tables;
        this.agency = agency;
        this.paragraphs = paragraphs;
        this.json = json;
    }

    public StatisticsSnapshot take(ReportingPeriod period, int number, LocalDate issuedOn) {
        PeriodTables periodTables = tables.tables(period.getId(), null, BulletinTexts.VI);
        ReportDocument document = ReportDocumentBuilder.build(periodTables, period, agency.on(issuedOn), number,
                issuedOn);
        Map<String, DocTable> byCode = document.tables().stream()
                .collect(Collectors.toMap(DocTable::code, table -> table, (a, b) -> a));
        Map<String, List<StatisticsParagraph>> templates = paragraphs.findAllByOrderBySectionCodeAscPositionAsc()
                .stream().collect(Collectors.groupingBy(StatisticsParagraph::getSectionCode));
        List<StatisticsSnapshot.Block> blocks = new ArrayList<>();
        Set<String> notApproved = new LinkedHashSet<>();
        for (SectionTable section : periodTables.sections()) {
            section.notApprovedUnits().stream().map(UnitRef::shortName).forEach(notApproved::add);
            String title = BulletinTexts.text("bulletin.statistics.blockTitle", String.valueOf(blocks.size() + 1),
                    section.name());
            List<StatisticsParagraph> sentences = templates.get(section.code());
            if (sentences != null) {
                blocks.add(new StatisticsSnapshot.Block(section.code(), title,
                        sentences.stream().map(p -> fill(p.getTemplate(), section, period, issuedOn)).toList(),
                        null, List.of()));
            } else if (byCode.containsKey(section.code())) {
                DocTable table = byCode.get(section.code());
                blocks.add(new StatisticsSnapshot.Block(section.code(), title, List.of(), table, table.highlights()));
            }
        }
        return new StatisticsSnapshot(document.statisticsHeading(), periodTables.period().approvedReports(),
                periodTables.period().expectedUnits(), document.approvedLine(), List.copyOf(notApproved),
                List.copyOf(blocks));
    }

    public String write(StatisticsSnapshot snapshot) {
        return json.writeValueAsString(snapshot);
    }

    public StatisticsSnapshot read(String stored) {
        return stored == null ? null : json.readValue(stored, StatisticsSnapshot.class);
    }

    /** The template with its placeholders filled; a figure that is not approved prints as "…". */
    static String fill(String template, SectionTable section, ReportingPeriod period, LocalDate issuedOn) {
        String text = template.replace("{tu_ngay}", VnFormat.date(period.getDataFrom()))
                .replace("{den_ngay}", VnFormat.date(period.getDataTo()))
                .replace("{ngay_ban_hanh}", VnFormat.date(issuedOn));
        for (int i = 0; i < section.columns().size(); i++) {
            ColumnSpec column = section.columns().get(i);
            String placeholder = "{" + column.code() + "}";
            if (text.contains(placeholder)) {
                text = text.replace(placeholder, figure(section, i, column));
            }
        }
        return text;
    }

    /** The section's figure of one indicator: its TỔNG, or the single unit's figure. */
    private static String figure(SectionTable section, int column, ColumnSpec spec) {
        BigDecimal value = null;
        if (!section.totals().isEmpty() && section.totals().getFirst().cells().get(column) != null) {
            value = section.totals().getFirst().cells().get(column).value();
        } else if (section.rows().size() == 1) {
            Cell cell = section.rows().getFirst().cells().get(column);
            value = cell.hasValue() ? cell.value() : null;
        }
        return value == null ? MISSING : spec.format(value);
    }
}
