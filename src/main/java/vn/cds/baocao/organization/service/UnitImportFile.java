package vn.cds.baocao.organization.service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import vn.cds.baocao.base.csv.CsvReader;
import vn.cds.baocao.base.csv.CsvReader.CsvRow;
import vn.cds.baocao.base.error.BusinessException;
import vn.cds.baocao.base.format.VnFormat;
import vn.cds.baocao.base.spreadsheet.SheetCell;
import vn.cds.baocao.base.spreadsheet.SheetXmlHandler.Limits;
import vn.cds.baocao.base.spreadsheet.SheetXmlHandler.OutsideTemplate;
import vn.cds.baocao.base.spreadsheet.UploadedWorkbook;
import vn.cds.baocao.base.spreadsheet.UploadedWorkbook.SheetRef;

/**
 * The rows of a unit import file, XLSX or CSV, as texts by column: the header row names the columns (in any order),
 * every later row is one unit. Reading goes through the project's upload readers (a streamed, zip-bomb-guarded
 * workbook; a strict UTF-8 CSV); what a cell means is {@link UnitImportService}'s business.
 */
final class UnitImportFile {

    /** The most units one file may create: a province has about a hundred communes, not thousands. */
    static final int MAX_ROWS = 5000;
    /** The sheet the XLSX template names; another workbook is read from its first visible sheet. */
    static final String SHEET = "Đơn vị";
    private static final int LAST_COLUMN = 25;

    /** One row of the file: its number, its texts by column, and the columns whose cell could not be read as text. */
    record Line(int row, Map<UnitImportColumn, String> values, Set<UnitImportColumn> unreadable) {

        String value(UnitImportColumn column) {
            return values.getOrDefault(column, "");
        }
    }

    record Contents(List<Line> lines, List<UnitImportProblem> problems) {
    }

    /** A cell: its text, or unreadable (a formula, a true/false, an error). */
    private record Cell(String text, boolean unreadable) {
        static final Cell UNREADABLE = new Cell("", true);
    }

    private UnitImportFile() {
    }

    static Contents read(String fileName, byte[] content) {
        String lower = fileName == null ? "" : fileName.strip().toLowerCase(Locale.ROOT);
        List<Map<Integer, Cell>> rows = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        if (lower.endsWith(".csv")) {
            for (CsvRow row : CsvReader.read(fileName, content, MAX_ROWS)) {
                Map<Integer, Cell> cells = new TreeMap<>();
                for (int c = 0; c < row.cells().size(); c++) {
                    if (!row.cell(c).isBlank()) {
                        cells.put(c, new Cell(row.cell(c).strip(), false));
                    }
                }
                rows.add(cells);
                numbers.add(row.number());
            }
        } else {
            readWorkbook(fileName, content, rows, numbers);
        }
        return lines(rows, numbers);
    }

    private static void readWorkbook(String fileName, byte[] content, List<Map<Integer, Cell>> rows,
                                     List<Integer> numbers) {
        try (UploadedWorkbook workbook = UploadedWorkbook.open(fileName, content)) {
            SheetRef sheet = workbook.sheet(SHEET)
                    .or(() -> workbook.sheets().stream().filter(SheetRef::visible).findFirst())
                    .orElseThrow(() -> new BusinessException("admin.unitImport.notXlsxOrCsv", fileName));
            workbook.read(sheet, new Limits(MAX_ROWS, LAST_COLUMN), row -> {
                Map<Integer, Cell> cells = new TreeMap<>();
                row.cells().forEach((column, cell) -> cells.put(column, cell(cell)));
                rows.add(cells);
                numbers.add(row.index() + 1);
                return true;
            });
        } catch (OutsideTemplate outside) {
            throw outside.belowLastRow ? new BusinessException("admin.unitImport.tooManyRows", String.valueOf(MAX_ROWS))
                    : new BusinessException("admin.unitImport.tooWide", letter(outside.column) + (outside.row + 1));
        } catch (BusinessException refused) {
            // the workbook reader's own words, except its advice to download a period's template
            if ("exchange.import.notXlsx".equals(refused.getMessageKey())) {
                throw new BusinessException("admin.unitImport.notXlsxOrCsv", fileName);
            }
            throw refused;
        }
    }

    private static Cell cell(SheetCell cell) {
        return switch (cell.type()) {
            case STRING -> new Cell(cell.text().strip(), false);
            case NUMERIC -> new Cell(cell.date() ? VnFormat.date(DateUtil.getLocalDateTime(cell.number()).toLocalDate())
                    : BigDecimal.valueOf(cell.number()).stripTrailingZeros().toPlainString(), false);
            case BLANK -> new Cell("", false);
            default -> Cell.UNREADABLE;
        };
    }

    /** The first row with content is the header; it says which column holds what. */
    private static Contents lines(List<Map<Integer, Cell>> rows, List<Integer> numbers) {
        List<UnitImportProblem> problems = new ArrayList<>();
        int first = 0;
        while (first < rows.size() && isBlank(rows.get(first))) {
            first++;
        }
        if (first == rows.size()) {
            throw new BusinessException("admin.unitImport.noHeader");
        }
        int headerRow = numbers.get(first);
        Map<Integer, UnitImportColumn> columns = new HashMap<>();
        Set<UnitImportColumn> seen = EnumSet.noneOf(UnitImportColumn.class);
        Set<Integer> refusedHeaders = new HashSet<>();
        rows.get(first).forEach((index, cell) -> {
            if (cell.text().isBlank()) {
                return;
            }
            UnitImportColumn column = UnitImportColumn.ofHeader(cell.text()).orElse(null);
            if (column == null) {
                refusedHeaders.add(index);
                problems.add(UnitImportProblem.at(headerRow, null, "admin.unitImport.unknownHeader", letter(index),
                        cell.text()));
            } else if (!seen.add(column)) {
                refusedHeaders.add(index);
                problems.add(UnitImportProblem.at(headerRow, column, "admin.unitImport.duplicateHeader",
                        letter(index)));
            } else {
                columns.put(index, column);
            }
        });
        for (UnitImportColumn column : UnitImportColumn.values()) {
            if (column.required() && !seen.contains(column)) {
                problems.add(UnitImportProblem.at(headerRow, null, "admin.unitImport.missingColumn", column.title()));
            }
        }
        List<Line> lines = new ArrayList<>();
        for (int r = first + 1; r < rows.size(); r++) {
            Map<Integer, Cell> cells = rows.get(r);
            if (isBlank(cells)) {
                continue;
            }
            int row = numbers.get(r);
            Map<UnitImportColumn, String> values = new EnumMap<>(UnitImportColumn.class);
            Set<UnitImportColumn> unreadable = EnumSet.noneOf(UnitImportColumn.class);
            for (Map.Entry<Integer, Cell> entry : cells.entrySet()) {
                UnitImportColumn column = columns.get(entry.getKey());
                Cell cell = entry.getValue();
                if (column == null) {
                    if (!refusedHeaders.contains(entry.getKey()) && (!cell.text().isBlank() || cell.unreadable())) {
                        problems.add(UnitImportProblem.at(row, null, "admin.unitImport.cellWithoutHeader",
                                letter(entry.getKey())));
                    }
                } else if (cell.unreadable()) {
                    unreadable.add(column);
                } else {
                    values.put(column, cell.text());
                }
            }
            lines.add(new Line(row, values, unreadable));
        }
        return new Contents(lines, problems);
    }

    private static boolean isBlank(Map<Integer, Cell> cells) {
        return cells.values().stream().allMatch(c -> c.text().isBlank() && !c.unreadable());
    }

    private static String letter(int column) {
        return CellReference.convertNumToColString(column);
    }
}
