package vn.cds.baocao.exchange.service.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.cds.baocao.analytics.service.Cell;
import vn.cds.baocao.analytics.service.CellText;
import vn.cds.baocao.analytics.service.ColumnSpec;
import vn.cds.baocao.analytics.service.Highlight;
import vn.cds.baocao.analytics.service.PeriodTableService.PeriodTables;
import vn.cds.baocao.analytics.service.SectionTable;
import vn.cds.baocao.analytics.service.SectionTable.TotalCell;
import vn.cds.baocao.analytics.service.UnitRef;
import vn.cds.baocao.base.format.VnFormat;
import vn.cds.baocao.base.i18n.Messages;
import vn.cds.baocao.exchange.service.document.DocTable.CellStyle;
import vn.cds.baocao.exchange.service.document.DocTable.ColumnKind;
import vn.cds.baocao.exchange.service.document.DocTable.DocCell;
import vn.cds.baocao.exchange.service.document.DocTable.DocColumn;
import vn.cds.baocao.exchange.service.document.DocTable.DocRow;
import vn.cds.baocao.indicator.service.Change;
import vn.cds.baocao.indicator.service.Verdict;
import vn.cds.baocao.period.domain.ReportingPeriod;
import vn.cds.baocao.period.service.AgencySettings.AgencyProfile;

/**
 * Lays out the dashboards' tables of a period ({@link PeriodTables}, computed by the analytics) as the report's
 * statistics part. Nothing is recomputed here: figures, TỔNG rows, verdicts, changes and sentences are taken as the
 * dashboard has them, and every text goes through the same {@link CellText} the dashboard and its CSV use. The
 * report is an official document of the province, so it is always written in Vietnamese.
 */
public final class ReportDocumentBuilder {

    static final Locale VI = Messages.VIETNAMESE;
    private static final int PERCENT_DECIMALS = 2;

    private ReportDocumentBuilder() {
    }

    public static ReportDocument build(PeriodTables tables, ReportingPeriod period, AgencyProfile agency,
                                       int number, LocalDate issuedOn) {
        String steering = agency.steeringCommittee();
        List<DocTable> docTables = new ArrayList<>();
        for (SectionTable table : tables.sections()) {
            boolean empty = !table.hasValues() && table.notApprovedUnits().isEmpty();
            if (!empty) {
                docTables.add(table(docTables.size() + 1, table));
            }
        }
        return new ReportDocument(period.yearMonth().toString(), period.label(VI), issuedOn,
                agency.reviewingAgency().toUpperCase(VI),
                text("exchange.document.office", steering.toUpperCase(VI)),
                text("exchange.document.title"), text("exchange.document.subtitle", steering),
                text("exchange.document.number", agency.reportNumber(number, issuedOn.getYear())),
                text("exchange.document.date", VnFormat.date(issuedOn)), text("exchange.document.circulation"),
                text("exchange.document.intro", agency.reviewingAgency(), agency.reviewingAgencyShort(), steering),
                text("exchange.document.statistics", period.label(VI)),
                text("exchange.document.approvedLine", String.valueOf(tables.period().approvedReports()),
                        String.valueOf(tables.period().expectedUnits()), period.label(VI),
                        VnFormat.date(period.getDataFrom()), VnFormat.date(period.getDataTo())),
                List.copyOf(docTables), text("exchange.document.closing", agency.reviewingAgency()));
    }

    static DocTable table(int number, SectionTable table) {
        boolean grouped = table.columns().stream().anyMatch(c -> c.targetText() != null || c.comparedWith() != null);
        List<DocColumn> columns = new ArrayList<>();
        for (int i = 0; i < table.columns().size(); i++) {
            ColumnSpec spec = table.columns().get(i);
            columns.add(new DocColumn(i, ColumnKind.VALUE, spec.header(),
                    grouped ? text("analytics.column.value") : spec.header(), spec.isPercent()));
            if (spec.targetText() != null) {
                columns.add(new DocColumn(i, ColumnKind.VERDICT, spec.header(), CellText.verdictHeader(spec, VI),
                        false));
            }
            if (spec.comparedWith() != null) {
                columns.add(new DocColumn(i, ColumnKind.CHANGE, spec.header(), CellText.changeHeader(spec, VI),
                        false));
            }
        }
        List<DocRow> rows = new ArrayList<>();
        int rowNumber = 1;
        for (SectionTable.Row row : table.rows()) {
            List<DocCell> cells = new ArrayList<>();
            for (DocColumn column : columns) {
                ColumnSpec spec = table.columns().get(column.indicator());
                cells.add(cell(column.kind(), spec, row.cells().get(column.indicator())));
            }
            rows.add(new DocRow(String.valueOf(rowNumber++), row.unit().shortName(), false, List.copyOf(cells)));
        }
        List<String> totalNotes = new ArrayList<>();
        for (SectionTable.TotalRow total : table.totals()) {
            List<DocCell> cells = new ArrayList<>();
            for (DocColumn column : columns) {
                ColumnSpec spec = table.columns().get(column.indicator());
                TotalCell cell = total.cells().get(column.indicator());
                cells.add(totalCell(column.kind(), spec, cell));
                if (column.kind() == ColumnKind.VALUE && cell != null && cell.value() != null && !cell.isComplete()) {
                    totalNotes.add(text("exchange.document.totalNote", total.label(), spec.header(),
                            String.valueOf(cell.contributing()), String.valueOf(cell.expected())));
                }
            }
            rows.add(new DocRow("", total.label(), true, List.copyOf(cells)));
        }
        return new DocTable(number, table.code(), text("analytics.tables.sectionTitle", String.valueOf(number),
                table.name()), List.copyOf(columns), List.copyOf(rows),
                table.highlights().stream().map(Highlight::text).toList(),
                table.notApprovedUnits().stream().map(UnitRef::shortName).toList(), List.copyOf(totalNotes),
                !table.hasValues() && table.notApprovedUnits().isEmpty());
    }

    private static DocCell cell(ColumnKind kind, ColumnSpec spec, Cell cell) {
        return switch (kind) {
            case VALUE -> new DocCell(CellText.value(spec, cell, VI), cell.hasValue() ? cell.value() : null,
                    spec.isPercent() ? PERCENT_DECIMALS : 0,
                    cell.state() == Cell.State.NOT_APPROVED ? CellStyle.NOT_APPROVED : CellStyle.NORMAL);
            case VERDICT -> DocCell.text(CellText.verdict(cell.verdict(), VI), verdictStyle(cell.verdict()));
            case CHANGE -> DocCell.text(CellText.change(cell, VI), changeStyle(cell));
        };
    }

    private static DocCell totalCell(ColumnKind kind, ColumnSpec spec, TotalCell cell) {
        return switch (kind) {
            case VALUE -> {
                String coverage = CellText.totalCoverage(cell, VI);
                String value = CellText.total(spec, cell);
                yield new DocCell(coverage.isEmpty() ? value : value + " " + coverage,
                        cell == null ? null : cell.value(), spec.isPercent() ? spec.totalDecimals() : 0,
                        CellStyle.NORMAL);
            }
            case VERDICT -> cell == null ? DocCell.text("", CellStyle.NORMAL)
                    : DocCell.text(CellText.verdict(cell.verdict(), VI), verdictStyle(cell.verdict()));
            case CHANGE -> DocCell.text("", CellStyle.NORMAL);
        };
    }

    private static CellStyle verdictStyle(Verdict verdict) {
        return switch (verdict) {
            case MET -> CellStyle.MET;
            case MISSED -> CellStyle.MISSED;
            case NONE -> CellStyle.NORMAL;
        };
    }

    private static CellStyle changeStyle(Cell cell) {
        Change change = cell.hasValue() ? cell.change() : null;
        if (change == null) {
            return CellStyle.NORMAL;
        }
        return switch (change.direction()) {
            case UP -> CellStyle.UP;
            case DOWN -> CellStyle.DOWN;
            case SAME -> CellStyle.NORMAL;
        };
    }

    static String text(String key, Object... args) {
        return Messages.get(VI, key, args);
    }
}
