package vn.cds.baocao.exchange.service.template;

import static vn.cds.baocao.exchange.service.template.TemplateLayout.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellReference;
import vn.cds.baocao.base.format.VnFormat;
import vn.cds.baocao.base.spreadsheet.SheetCell;
import vn.cds.baocao.base.spreadsheet.SheetRow;
import vn.cds.baocao.base.spreadsheet.SheetXmlHandler;
import vn.cds.baocao.base.spreadsheet.SheetXmlHandler.Limits;
import vn.cds.baocao.base.spreadsheet.SheetXmlHandler.OutsideTemplate;
import vn.cds.baocao.base.spreadsheet.UploadedWorkbook;
import vn.cds.baocao.base.spreadsheet.UploadedWorkbook.SheetRef;
import vn.cds.baocao.indicator.domain.Indicator;
import vn.cds.baocao.organization.domain.Unit;
import vn.cds.baocao.report.domain.NoFigure;
import vn.cds.baocao.report.service.FieldInput;
import vn.cds.baocao.report.service.NoFigureMark;

/**
 * Reads the values of a filled template, row by row as the workbook streams in, with the form's parsing rules
 * ({@link CellValues}). Every problem is collected with its place (sheet, row, column, indicator) so the user can
 * fix them all in one go; the values are only handed to the workflow when the whole file is clean. A header row
 * that was typed over is a problem of its cells; a row below the template's reach or a cell right of its last
 * column stops the reading at once.
 */
final class TemplateReader {

    /** What the file holds for one unit, and where each value came from. */
    static final class UnitInputs {
        final Unit unit;
        final Map<Long, FieldInput> inputs = new LinkedHashMap<>();
        final Map<String, Object> fingerprintValues = new HashMap<>();
        final Map<Long, Place> places = new HashMap<>();
        Place row;

        UnitInputs(Unit unit) {
            this.unit = unit;
        }
    }

    /** Where a value is: sheet, row and column as Excel shows them, and the indicator. */
    record Place(String sheet, int row, String column, String indicator) {

        ImportProblem problem(String unit, String key, Object... args) {
            return new ImportProblem(sheet, row, column, indicator, unit, key, args);
        }
    }

    /**
     * A section sheet of the all-units template as it was written.
     *
     * @param units      the units listed on it, one row each
     * @param indicators how many indicator columns it has
     */
    record SectionLayout(List<Unit> units, int indicators) {
    }

    private final PeriodCatalogView catalog;
    private final TemplateMeta meta;
    private final List<ImportProblem> problems = new ArrayList<>();

    TemplateReader(PeriodCatalogView catalog, TemplateMeta meta) {
        this.catalog = catalog;
        this.meta = meta;
    }

    List<ImportProblem> problems() {
        return problems;
    }

    /** The "Số liệu" sheet of one unit's template: one row per indicator, value and explanation. */
    UnitInputs readUnit(UploadedWorkbook workbook, Unit unit) {
        Optional<SheetRef> found = workbook.sheet(UNIT_SHEET);
        UnitInputs result = new UnitInputs(unit);
        if (found.isEmpty()) {
            problems.add(new ImportProblem(UNIT_SHEET, null, null, null, null, "exchange.import.sheetMissing",
                    new Object[] {UNIT_SHEET}));
            return result;
        }
        SheetRef sheet = found.get();
        int expected = (int) catalog.bySection().values().stream().flatMap(List::stream)
                .filter(i -> catalog.applies(unit, i)).count();
        UnitSheet reading = new UnitSheet(sheet.name(), unit, result);
        int lastRow = UNIT_FIRST_ROW + expected - 1;
        read(workbook, sheet, new Limits(lastRow + SPARE_ROWS, UNIT_EXPLANATION), lastRow, expected,
                unit.getShortName(), reading::row);
        if (!reading.headerSeen) {
            List<String> headers = unitHeaders(sheet.name());
            checkHeader(sheet.name(), UNIT_HEADER_ROW, null, headers, headers, unit.getShortName());
        }
        if (reading.content > expected) {
            problems.add(new ImportProblem(sheet.name(), null, null, null, unit.getShortName(),
                    "exchange.import.tooManyRows", new Object[] {String.valueOf(reading.content),
                        String.valueOf(expected)}));
        }
        return result;
    }

    /**
     * Every section sheet of the all-units template: one row per unit, matched by its code or, when a row was
     * typed by hand, by its name or a known alias.
     *
     * @param layouts sheet title → what the template had on it
     */
    Map<Long, UnitInputs> readAllUnits(UploadedWorkbook workbook, UnitNames names,
                                       Map<String, SectionLayout> layouts) {
        Map<Long, UnitInputs> units = new LinkedHashMap<>();
        for (SheetRef sheet : workbook.sheets()) {
            if (!sheet.visible()) {
                continue;
            }
            SectionLayout layout = layouts.get(sheet.name());
            if (layout == null) {
                problems.add(new ImportProblem(sheet.name(), null, null, null, null,
                        "exchange.import.sheetUnknown", new Object[] {sheet.name()}));
                continue;
            }
            SectionSheet reading = new SectionSheet(sheet.name(), names, layout, units);
            int lastRow = ALL_FIRST_ROW + layout.units().size() - 1;
            read(workbook, sheet, new Limits(lastRow + SPARE_ROWS, ALL_FIRST_INDICATOR + layout.indicators() - 1),
                    lastRow, layout.units().size(), null, reading::row);
            if (!reading.stopped && !reading.headerSeen) {
                reading.checkHeader(null);
            }
            if (reading.content > layout.units().size()) {
                problems.add(new ImportProblem(sheet.name(), null, null, null, null,
                        "exchange.import.tooManyRows",
                        new Object[] {String.valueOf(reading.content), String.valueOf(layout.units().size())}));
            }
        }
        return units;
    }

    /**
     * Reads a sheet; at the first cell beyond the template's reach, records where and refuses the file at once
     * (the rest of it is never read).
     */
    private void read(UploadedWorkbook workbook, SheetRef sheet, Limits limits, int lastRow, int expectedRows,
                      String unit, SheetXmlHandler.RowHandler rows) {
        try {
            workbook.read(sheet, limits, rows);
        } catch (OutsideTemplate outside) {
            String cell = letter(outside.column) + (outside.row + 1);
            problems.add(outside.belowLastRow
                    ? new ImportProblem(sheet.name(), outside.row + 1, letter(outside.column), null, unit,
                            "exchange.import.beyondLastRow", new Object[] {VnFormat.integer(outside.row + 1),
                                VnFormat.integer(expectedRows), VnFormat.integer(lastRow + 1)})
                    : new ImportProblem(sheet.name(), outside.row + 1, letter(outside.column), null, unit,
                            "exchange.import.beyondLastColumn", new Object[] {cell, letter(limits.lastColumn())}));
            throw new ImportRejectedException(problems);
        }
    }

    /** The rows of the unit sheet, as they stream in. */
    private final class UnitSheet {
        private final String sheet;
        private final Unit unit;
        private final UnitInputs result;
        private final Set<Long> seen = new HashSet<>();
        private boolean headerSeen;
        private int content;

        UnitSheet(String sheet, Unit unit, UnitInputs result) {
            this.sheet = sheet;
            this.unit = unit;
            this.result = result;
        }

        boolean row(SheetRow row) {
            int r = row.index();
            if (r == UNIT_HEADER_ROW) {
                headerSeen = true;
                List<String> headers = unitHeaders(sheet);
                checkHeader(sheet, UNIT_HEADER_ROW, row, headers, headers, unit.getShortName());
            }
            if (r < UNIT_FIRST_ROW || isBlank(row)) {
                return true;
            }
            content++;
            String code = CellValues.text(row.cell(UNIT_CODE)).strip();
            Indicator indicator = catalog.byCode(code);
            String name = CellValues.text(row.cell(UNIT_INDICATOR));
            Place place = new Place(sheet, r + 1, letter(UNIT_VALUE),
                    indicator == null ? name : indicator.getShortNameVi());
            if (indicator == null || !catalog.applies(unit, indicator)) {
                problems.add(place.problem(unit.getShortName(), "exchange.import.row.unknownIndicator",
                        code.isEmpty() ? name : code));
                return true;
            }
            if (!seen.add(indicator.getId())) {
                problems.add(place.problem(unit.getShortName(), "exchange.import.row.duplicateIndicator",
                        indicator.getShortNameVi()));
                return true;
            }
            SheetCell value = row.cell(UNIT_VALUE);
            if (catalog.computed(unit, indicator)) {
                if (!CellValues.isEmpty(value)) {
                    problems.add(place.problem(unit.getShortName(), "exchange.import.cell.computed"));
                }
                return true;
            }
            SheetCell explanation = row.cell(UNIT_EXPLANATION);
            if (explanation != null && explanation.type() == CellType.FORMULA) {
                problems.add(new Place(place.sheet(), place.row(), letter(UNIT_EXPLANATION), place.indicator())
                        .problem(unit.getShortName(), "exchange.import.cell.formula"));
                return true;
            }
            Optional<NoFigure> mark = value == null || value.type() == CellType.FORMULA ? Optional.empty()
                    : NoFigureMark.phrase(CellValues.text(value));
            if (mark.isPresent()) {
                // "Không phát sinh" / "Không có số liệu" in the value cell: the explanation column gives the reason
                result.inputs.put(indicator.getId(), FieldInput.noFigure(mark.get(), CellValues.text(explanation)));
                result.places.put(indicator.getId(), place);
                return true;
            }
            CellValues.Read read = CellValues.read(value, indicator);
            if (read.isError()) {
                problems.add(place.problem(unit.getShortName(), read.parsed().errorKey(), read.parsed().errorArgs()));
                return true;
            }
            result.inputs.put(indicator.getId(), new FieldInput(read.text(), CellValues.text(explanation)));
            result.places.put(indicator.getId(), place);
            return true;
        }
    }

    /** The rows of one section sheet of the all-units template, as they stream in. */
    private final class SectionSheet {
        private final String sheet;
        private final UnitNames names;
        private final SectionLayout layout;
        private final Map<Long, UnitInputs> units;
        private final List<Indicator> columns = new ArrayList<>();
        private final Set<Long> seen = new HashSet<>();
        private boolean codesRead;
        private boolean headerSeen;
        private boolean stopped;
        private int content;

        SectionSheet(String sheet, UnitNames names, SectionLayout layout, Map<Long, UnitInputs> units) {
            this.sheet = sheet;
            this.names = names;
            this.layout = layout;
            this.units = units;
        }

        boolean row(SheetRow row) {
            int r = row.index();
            if (!codesRead && r >= ALL_CODES_ROW) {
                codesRead = true;
                if (!readCodes(r == ALL_CODES_ROW ? row : null)) {
                    stopped = true;
                    return false;
                }
            }
            if (r == ALL_HEADER_ROW) {
                headerSeen = true;
                checkHeader(row);
            }
            if (r < ALL_FIRST_ROW || isBlank(row)) {
                return true;
            }
            if (!headerSeen) {
                headerSeen = true;
                checkHeader(null);
            }
            content++;
            Unit unit = unit(row, names);
            if (unit == null) {
                return true;
            }
            if (layout.units().stream().noneMatch(u -> u.getId().equals(unit.getId()))) {
                problems.add(new ImportProblem(sheet, r + 1, letter(ALL_UNIT_NAME), null,
                        unit.getShortName(), "exchange.import.row.unitNotInPeriod",
                        new Object[] {unit.getShortName(), catalog.period().name()}));
                return true;
            }
            if (!seen.add(unit.getId())) {
                problems.add(new ImportProblem(sheet, r + 1, letter(ALL_UNIT_NAME), null,
                        unit.getShortName(), "exchange.import.row.duplicateUnit", new Object[] {unit.getShortName()}));
                return true;
            }
            UnitInputs inputs = units.computeIfAbsent(unit.getId(), id -> new UnitInputs(unit));
            inputs.row = new Place(sheet, r + 1, letter(ALL_UNIT_NAME), null);
            for (int c = 0; c < columns.size(); c++) {
                readCell(row, ALL_FIRST_INDICATOR + c, columns.get(c), inputs);
            }
            return true;
        }

        /** The hidden row of indicator codes; false (reading stops) at an unknown code. */
        private boolean readCodes(SheetRow codes) {
            for (int c = ALL_FIRST_INDICATOR; codes != null; c++) {
                String code = CellValues.text(codes.cell(c)).strip();
                if (code.isEmpty()) {
                    break;
                }
                Indicator indicator = catalog.byCode(code);
                if (indicator == null) {
                    problems.add(new ImportProblem(sheet, ALL_CODES_ROW + 1, letter(c), code, null,
                            "exchange.import.column.unknownIndicator", new Object[] {code}));
                    return false;
                }
                columns.add(indicator);
            }
            return true;
        }

        /** The header row: the fixed columns and one per indicator, as the template wrote them. */
        private void checkHeader(SheetRow header) {
            List<String> expected = new ArrayList<>();
            List<String> labels = new ArrayList<>();
            for (int c = 0; c < ALL_FIRST_INDICATOR + Math.max(columns.size(), layout.indicators()); c++) {
                String written = meta.header(sheet, c);
                String known = c < ALL_FIRST_INDICATOR ? TemplateWriter.allUnitsHeaders().get(c) : null;
                expected.add(written != null ? written : known);
                int indicator = c - ALL_FIRST_INDICATOR;
                labels.add(written != null ? written : known != null ? known
                        : indicator < columns.size() ? columns.get(indicator).getShortNameVi() : "");
            }
            TemplateReader.this.checkHeader(sheet, ALL_HEADER_ROW, header, expected, labels, null);
        }

        private void readCell(SheetRow row, int c, Indicator indicator, UnitInputs inputs) {
            Unit unit = inputs.unit;
            SheetCell cell = row.cell(c);
            Place place = new Place(sheet, row.index() + 1, letter(c), indicator.getShortNameVi());
            if (!catalog.applies(unit, indicator)) {
                if (!CellValues.isEmpty(cell)) {
                    problems.add(place.problem(unit.getShortName(), "exchange.import.cell.notApplicable"));
                }
                return;
            }
            if (catalog.computed(unit, indicator)) {
                if (!CellValues.isEmpty(cell)) {
                    problems.add(place.problem(unit.getShortName(), "exchange.import.cell.computed"));
                }
                return;
            }
            Optional<NoFigure> mark = cell == null || cell.type() == CellType.FORMULA ? Optional.empty()
                    : NoFigureMark.phrase(CellValues.text(cell));
            if (mark.isPresent()) {
                // no reason column in the all-units sheets: the draft holds the mark, the unit adds the reason
                inputs.inputs.put(indicator.getId(), FieldInput.noFigure(mark.get(), null));
                inputs.places.put(indicator.getId(), place);
                inputs.fingerprintValues.put(indicator.getCode(),
                        vn.cds.baocao.base.i18n.Messages.get(vn.cds.baocao.base.i18n.Messages.VIETNAMESE,
                                mark.get().messageKey()));
                return;
            }
            CellValues.Read read = CellValues.read(cell, indicator);
            if (read.isError()) {
                problems.add(place.problem(unit.getShortName(), read.parsed().errorKey(), read.parsed().errorArgs()));
                return;
            }
            inputs.inputs.put(indicator.getId(), new FieldInput(read.text(), null));
            inputs.places.put(indicator.getId(), place);
            Object value = read.parsed().number() != null ? read.parsed().number() : read.parsed().text();
            if (value != null) {
                inputs.fingerprintValues.put(indicator.getCode(), value);
            }
        }

        private Unit unit(SheetRow row, UnitNames names) {
            int r = row.index();
            String code = CellValues.text(row.cell(ALL_UNIT_CODE)).strip();
            Unit byCode = names.byCode(code);
            if (byCode != null) {
                return byCode;
            }
            String name = CellValues.text(row.cell(ALL_UNIT_NAME)).strip();
            Set<Unit> matches = names.byName(name.isEmpty() ? code : name);
            if (matches.size() == 1) {
                return matches.iterator().next();
            }
            String shown = name.isEmpty() ? code : name;
            if (matches.isEmpty()) {
                problems.add(new ImportProblem(sheet, r + 1, letter(ALL_UNIT_NAME), null, shown,
                        "exchange.import.row.unknownUnit", new Object[] {shown}));
            } else {
                problems.add(new ImportProblem(sheet, r + 1, letter(ALL_UNIT_NAME), null, shown,
                        "exchange.import.row.ambiguousUnit", new Object[] {shown,
                            matches.stream().map(Unit::getShortName).collect(Collectors.joining(", "))}));
            }
            return null;
        }
    }

    /** The header texts of the unit sheet: as the file's own meta data says they were written, else today's. */
    private List<String> unitHeaders(String sheet) {
        List<String> defaults = TemplateWriter.unitHeaders();
        List<String> expected = new ArrayList<>();
        for (int c = 0; c < defaults.size(); c++) {
            String written = meta.header(sheet, c);
            expected.add(written != null ? written : defaults.get(c));
        }
        return expected;
    }

    /**
     * Each header cell must still hold what the template wrote there (spaces and case aside); a null expectation
     * (an indicator column of a template from an earlier version) only needs a text.
     *
     * @param labels what to name in the message for each column
     */
    private void checkHeader(String sheet, int headerRow, SheetRow header, List<String> expected,
                             List<String> labels, String unit) {
        for (int c = 0; c < expected.size(); c++) {
            String found = normalized(CellValues.text(header == null ? null : header.cell(c)));
            String wanted = expected.get(c) == null ? null : normalized(expected.get(c));
            if (wanted == null ? !found.isEmpty() : found.equalsIgnoreCase(wanted)) {
                continue;
            }
            problems.add(found.isEmpty()
                    ? new ImportProblem(sheet, headerRow + 1, letter(c), null, unit, "exchange.import.headerMissing",
                            new Object[] {labels.get(c)})
                    : new ImportProblem(sheet, headerRow + 1, letter(c), null, unit, "exchange.import.headerChanged",
                            new Object[] {labels.get(c), found}));
        }
    }

    private static String normalized(String text) {
        return text.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    }

    private static boolean isBlank(SheetRow row) {
        // the row number alone does not make a row (both templates number rows in column B)
        return row.isBlankExcept(UNIT_NUMBER);
    }

    static String letter(int column) {
        return CellReference.convertNumToColString(column);
    }
}
