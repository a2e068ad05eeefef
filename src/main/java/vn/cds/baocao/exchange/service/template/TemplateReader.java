package vn.cds.baocao.exchange.service.template;

import static vn.cds.baocao.exchange.service.template.TemplateLayout.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.cds.baocao.indicator.domain.Indicator;
import vn.cds.baocao.organization.domain.Unit;
import vn.cds.baocao.report.service.FieldInput;

/**
 * Reads the values of a filled template, cell by cell, with the form's parsing rules ({@link CellValues}). Every
 * problem is collected with its place (sheet, row, column, indicator) so the user can fix them all in one go;
 * the values are only handed to the workflow when the whole file is clean.
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

    private final PeriodCatalogView catalog;
    private final List<ImportProblem> problems = new ArrayList<>();

    TemplateReader(PeriodCatalogView catalog) {
        this.catalog = catalog;
    }

    List<ImportProblem> problems() {
        return problems;
    }

    /** The "Số liệu" sheet of one unit's template: one row per indicator, value and explanation. */
    UnitInputs readUnit(XSSFWorkbook workbook, Unit unit) {
        Sheet sheet = workbook.getSheet(UNIT_SHEET);
        UnitInputs result = new UnitInputs(unit);
        if (sheet == null) {
            problems.add(new ImportProblem(UNIT_SHEET, null, null, null, null, "exchange.import.sheetMissing",
                    new Object[] {UNIT_SHEET}));
            return result;
        }
        int expected = (int) catalog.bySection().values().stream().flatMap(List::stream)
                .filter(i -> catalog.applies(unit, i)).count();
        int content = 0;
        Set<Long> seen = new HashSet<>();
        for (int r = UNIT_FIRST_ROW; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (isBlank(row, UNIT_EXPLANATION)) {
                continue;
            }
            content++;
            String code = CellValues.text(row.getCell(UNIT_CODE)).strip();
            Indicator indicator = catalog.byCode(code);
            String name = CellValues.text(row.getCell(UNIT_INDICATOR));
            Place place = new Place(sheet.getSheetName(), r + 1, letter(UNIT_VALUE),
                    indicator == null ? name : indicator.getShortNameVi());
            if (indicator == null || !catalog.applies(unit, indicator)) {
                problems.add(place.problem(unit.getShortName(), "exchange.import.row.unknownIndicator",
                        code.isEmpty() ? name : code));
                continue;
            }
            if (!seen.add(indicator.getId())) {
                problems.add(place.problem(unit.getShortName(), "exchange.import.row.duplicateIndicator",
                        indicator.getShortNameVi()));
                continue;
            }
            Cell value = row.getCell(UNIT_VALUE);
            if (catalog.computed(unit, indicator)) {
                if (!CellValues.isEmpty(value)) {
                    problems.add(place.problem(unit.getShortName(), "exchange.import.cell.computed"));
                }
                continue;
            }
            CellValues.Read read = CellValues.read(value, indicator);
            if (read.isError()) {
                problems.add(place.problem(unit.getShortName(), read.parsed().errorKey(), read.parsed().errorArgs()));
                continue;
            }
            Cell explanation = row.getCell(UNIT_EXPLANATION);
            if (explanation != null && explanation.getCellType() == CellType.FORMULA) {
                problems.add(new Place(place.sheet(), place.row(), letter(UNIT_EXPLANATION), place.indicator())
                        .problem(unit.getShortName(), "exchange.import.cell.formula"));
                continue;
            }
            result.inputs.put(indicator.getId(), new FieldInput(read.text(), CellValues.text(explanation)));
            result.places.put(indicator.getId(), place);
        }
        if (content > expected) {
            problems.add(new ImportProblem(sheet.getSheetName(), null, null, null, unit.getShortName(),
                    "exchange.import.tooManyRows", new Object[] {String.valueOf(content), String.valueOf(expected)}));
        }
        return result;
    }

    /**
     * Every section sheet of the all-units template: one row per unit, matched by its code or, when a row was
     * typed by hand, by its name or a known alias.
     *
     * @param expectedRows sheet title → the units the template listed on it
     */
    Map<Long, UnitInputs> readAllUnits(XSSFWorkbook workbook, UnitNames names, Map<String, List<Unit>> expectedRows) {
        Map<Long, UnitInputs> units = new LinkedHashMap<>();
        for (int s = 0; s < workbook.getNumberOfSheets(); s++) {
            if (workbook.getSheetVisibility(s) != SheetVisibility.VISIBLE) {
                continue;
            }
            Sheet sheet = workbook.getSheetAt(s);
            List<Unit> expected = expectedRows.get(sheet.getSheetName());
            if (expected == null) {
                problems.add(new ImportProblem(sheet.getSheetName(), null, null, null, null,
                        "exchange.import.sheetUnknown", new Object[] {sheet.getSheetName()}));
                continue;
            }
            readSection(sheet, names, expected, units);
        }
        return units;
    }

    private void readSection(Sheet sheet, UnitNames names, List<Unit> expected, Map<Long, UnitInputs> units) {
        Row codes = sheet.getRow(ALL_CODES_ROW);
        List<Indicator> columns = new ArrayList<>();
        for (int c = ALL_FIRST_INDICATOR; codes != null && c < codes.getLastCellNum(); c++) {
            String code = CellValues.text(codes.getCell(c)).strip();
            if (code.isEmpty()) {
                break;
            }
            Indicator indicator = catalog.byCode(code);
            if (indicator == null) {
                problems.add(new ImportProblem(sheet.getSheetName(), ALL_CODES_ROW + 1, letter(c), code, null,
                        "exchange.import.column.unknownIndicator", new Object[] {code}));
                return;
            }
            columns.add(indicator);
        }
        int lastColumn = ALL_FIRST_INDICATOR + columns.size() - 1;
        int content = 0;
        Set<Long> seen = new HashSet<>();
        for (int r = ALL_FIRST_ROW; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (isBlank(row, Math.max(lastColumn, ALL_STATUS))) {
                continue;
            }
            content++;
            Unit unit = unit(sheet, row, r, names);
            if (unit == null) {
                continue;
            }
            if (expected.stream().noneMatch(u -> u.getId().equals(unit.getId()))) {
                problems.add(new ImportProblem(sheet.getSheetName(), r + 1, letter(ALL_UNIT_NAME), null,
                        unit.getShortName(), "exchange.import.row.unitNotInPeriod",
                        new Object[] {unit.getShortName(), catalog.period().getLabel()}));
                continue;
            }
            if (!seen.add(unit.getId())) {
                problems.add(new ImportProblem(sheet.getSheetName(), r + 1, letter(ALL_UNIT_NAME), null,
                        unit.getShortName(), "exchange.import.row.duplicateUnit", new Object[] {unit.getShortName()}));
                continue;
            }
            UnitInputs inputs = units.computeIfAbsent(unit.getId(), id -> new UnitInputs(unit));
            inputs.row = new Place(sheet.getSheetName(), r + 1, letter(ALL_UNIT_NAME), null);
            for (int c = 0; c < columns.size(); c++) {
                readCell(sheet, row, r, ALL_FIRST_INDICATOR + c, columns.get(c), inputs);
            }
        }
        if (content > expected.size()) {
            problems.add(new ImportProblem(sheet.getSheetName(), null, null, null, null,
                    "exchange.import.tooManyRows",
                    new Object[] {String.valueOf(content), String.valueOf(expected.size())}));
        }
    }

    private void readCell(Sheet sheet, Row row, int r, int c, Indicator indicator, UnitInputs inputs) {
        Unit unit = inputs.unit;
        Cell cell = row.getCell(c);
        Place place = new Place(sheet.getSheetName(), r + 1, letter(c), indicator.getShortNameVi());
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

    private Unit unit(Sheet sheet, Row row, int r, UnitNames names) {
        String code = CellValues.text(row.getCell(ALL_UNIT_CODE)).strip();
        Unit byCode = names.byCode(code);
        if (byCode != null) {
            return byCode;
        }
        String name = CellValues.text(row.getCell(ALL_UNIT_NAME)).strip();
        Set<Unit> matches = names.byName(name.isEmpty() ? code : name);
        if (matches.size() == 1) {
            return matches.iterator().next();
        }
        String shown = name.isEmpty() ? code : name;
        if (matches.isEmpty()) {
            problems.add(new ImportProblem(sheet.getSheetName(), r + 1, letter(ALL_UNIT_NAME), null, shown,
                    "exchange.import.row.unknownUnit", new Object[] {shown}));
        } else {
            problems.add(new ImportProblem(sheet.getSheetName(), r + 1, letter(ALL_UNIT_NAME), null, shown,
                    "exchange.import.row.ambiguousUnit", new Object[] {shown,
                        matches.stream().map(Unit::getShortName).collect(Collectors.joining(", "))}));
        }
        return null;
    }

    private static boolean isBlank(Row row, int lastColumn) {
        if (row == null) {
            return true;
        }
        for (int c = 0; c <= Math.max(lastColumn, row.getLastCellNum()); c++) {
            Cell cell = row.getCell(c);
            if (c == UNIT_NUMBER) {
                continue; // the row number alone does not make a row (both templates number rows in column B)
            }
            if (!CellValues.isEmpty(cell)) {
                return false;
            }
        }
        return true;
    }

    static String letter(int column) {
        return CellReference.convertNumToColString(column);
    }
}
