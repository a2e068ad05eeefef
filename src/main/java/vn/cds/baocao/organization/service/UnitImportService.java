package vn.cds.baocao.organization.service;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cds.baocao.audit.domain.AuditAction;
import vn.cds.baocao.audit.service.AdminAudit;
import vn.cds.baocao.audit.service.AuditDetails;
import vn.cds.baocao.base.error.BusinessException;
import vn.cds.baocao.base.format.VnFormat;
import vn.cds.baocao.base.i18n.Messages;
import vn.cds.baocao.organization.domain.Unit;
import vn.cds.baocao.organization.domain.UnitRepository;
import vn.cds.baocao.organization.domain.UnitType;
import vn.cds.baocao.organization.domain.UnitTypeRepository;
import vn.cds.baocao.organization.service.UnitAdminService.NewUnit;
import vn.cds.baocao.organization.service.UnitImportFile.Line;

/**
 * Units added in bulk from a file (XLSX or CSV: code, name, short name, type, parent, valid from), e.g. the communes
 * that report from 1/7/2025. A preview reads and checks the whole file and saves nothing; the import checks it
 * again and creates every unit or none, in one transaction. A unit is created as {@link UnitAdminService#create}
 * creates one (its rules, aliases and audit line), so the file's cells are checked with the same rules, each refusal
 * placed at its row and column. A row may name as parent a unit defined further down the same file.
 */
@Service
@Transactional(readOnly = true)
public class UnitImportService {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private final UnitRepository units;
    private final UnitTypeRepository types;
    private final UnitAdminService unitAdmin;
    private final AdminAudit audit;

    public UnitImportService(UnitRepository units, UnitTypeRepository types, UnitAdminService unitAdmin,
                             AdminAudit audit) {
        this.units = units;
        this.types = types;
        this.unitAdmin = unitAdmin;
        this.audit = audit;
    }

    public enum TemplateFormat {
        XLSX, CSV
    }

    /** The empty template, with the header row (and, in the workbook, the list of unit types). */
    @PreAuthorize("hasRole('ADMIN')")
    public byte[] template(TemplateFormat format) {
        return format == TemplateFormat.CSV ? UnitImportTemplate.csv()
                : UnitImportTemplate.xlsx(types.findAllByOrderByDisplayOrderAsc());
    }

    /** What the file would create, or every problem in it; nothing is saved. */
    @PreAuthorize("hasRole('ADMIN')")
    public UnitImportPreview preview(String fileName, byte[] content) {
        return plan(fileName, content);
    }

    /**
     * Creates every unit of the file, parents before the units under them, or none: a file with a problem is
     * refused whole ({@link UnitImportRejectedException}, nothing saved).
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public UnitImportResult importUnits(String fileName, byte[] content) {
        UnitImportPreview plan = plan(fileName, content);
        if (!plan.problems().isEmpty()) {
            throw new UnitImportRejectedException(plan.problems());
        }
        Map<String, PlannedUnit> byCode = plan.units().stream()
                .collect(Collectors.toMap(PlannedUnit::code, Function.identity()));
        Map<String, Long> created = new HashMap<>();
        int order = units.findAll().stream().mapToInt(Unit::getDisplayOrder).max().orElse(0);
        Map<String, Integer> orders = new HashMap<>();
        for (PlannedUnit unit : plan.units()) {
            order += 10;
            orders.put(unit.code(), order);
        }
        for (PlannedUnit unit : plan.units()) {
            create(unit, byCode, created, orders);
        }
        List<String> codes = plan.units().stream().map(PlannedUnit::code).toList();
        audit.record(AuditAction.UNIT_IMPORT, fileName, AuditDetails.of()
                .value("units", codes.size()).value("codes", codes));
        return new UnitImportResult(codes.size(), codes);
    }

    /** Creates the unit after its parent of the same file (already checked: no cycles). */
    private long create(PlannedUnit unit, Map<String, PlannedUnit> byCode, Map<String, Long> created,
                        Map<String, Integer> orders) {
        Long done = created.get(unit.code());
        if (done != null) {
            return done;
        }
        Long parentId = null;
        if (unit.parentCode() != null) {
            PlannedUnit parentInFile = byCode.get(unit.parentCode());
            parentId = parentInFile != null ? create(parentInFile, byCode, created, orders)
                    : units.findByCode(unit.parentCode()).orElseThrow().getId();
        }
        Unit saved = unitAdmin.create(new NewUnit(unit.code(), unit.fullName(), unit.shortName(), unit.typeCode(),
                parentId, unit.validFrom(), orders.get(unit.code()), null));
        created.put(unit.code(), saved.getId());
        return saved.getId();
    }

    private UnitImportPreview plan(String fileName, byte[] content) {
        UnitImportFile.Contents file = UnitImportFile.read(fileName, content);
        List<UnitImportProblem> problems = new ArrayList<>(file.problems());
        if (!problems.isEmpty()) {
            return new UnitImportPreview(List.of(), problems); // the columns are not known: the rows cannot be read
        }
        List<UnitType> allTypes = types.findAllByOrderByDisplayOrderAsc();
        Map<String, Integer> firstRowOfCode = new HashMap<>();
        List<PlannedUnit> planned = new ArrayList<>();
        for (Line line : file.lines()) {
            RowCheck row = new RowCheck(line, problems);
            String code = row.check(UnitImportColumn.CODE, UnitAdminService::normalizeCode);
            if (code != null) {
                Integer earlier = firstRowOfCode.putIfAbsent(code, line.row());
                if (earlier != null) {
                    row.problem(UnitImportColumn.CODE, "admin.unitImport.duplicateInFile", code,
                            String.valueOf(earlier));
                } else if (units.existsByCode(code)) {
                    row.problem(UnitImportColumn.CODE, "admin.unit.duplicateCode", code);
                }
            }
            String fullName = row.check(UnitImportColumn.FULL_NAME,
                    text -> UnitAdminService.requireName(text, UnitAdminService.FULL_NAME_LENGTH));
            String shortName = row.check(UnitImportColumn.SHORT_NAME,
                    text -> UnitAdminService.requireName(text, UnitAdminService.SHORT_NAME_LENGTH));
            UnitType type = row.check(UnitImportColumn.TYPE, text -> type(text, allTypes));
            LocalDate validFrom = row.check(UnitImportColumn.VALID_FROM, UnitImportService::date);
            String parent = row.check(UnitImportColumn.PARENT, UnitAdminService::normalizeCode);
            planned.add(new PlannedUnit(line.row(), code, fullName, shortName, type == null ? null : type.getCode(),
                    parent, validFrom));
        }
        checkParents(planned, problems);
        problems.sort((a, b) -> a.row() != b.row() ? Integer.compare(a.row(), b.row())
                : Integer.compare(a.column() == null ? -1 : a.column().ordinal(),
                        b.column() == null ? -1 : b.column().ordinal()));
        if (planned.isEmpty() && problems.isEmpty()) {
            problems.add(UnitImportProblem.at(2, null, "admin.unitImport.noRows"));
        }
        return new UnitImportPreview(problems.isEmpty() ? List.copyOf(planned) : List.of(), List.copyOf(problems));
    }

    /**
     * A parent is a unit of the database or of the file; it must exist on the day the unit starts, and the file's
     * parents may not form a cycle.
     */
    private void checkParents(List<PlannedUnit> planned, List<UnitImportProblem> problems) {
        Map<String, PlannedUnit> inFile = new LinkedHashMap<>();
        planned.stream().filter(u -> u.code() != null).forEach(u -> inFile.putIfAbsent(u.code(), u));
        for (PlannedUnit unit : planned) {
            if (unit.parentCode() == null) {
                continue;
            }
            if (unit.parentCode().equals(unit.code())) {
                problems.add(UnitImportProblem.at(unit.row(), UnitImportColumn.PARENT, "admin.unitImport.ownParent",
                        unit.parentCode()));
                continue;
            }
            PlannedUnit parentInFile = inFile.get(unit.parentCode());
            if (parentInFile == null) {
                Optional<Unit> existing = units.findByCode(unit.parentCode());
                if (existing.isEmpty()) {
                    problems.add(UnitImportProblem.at(unit.row(), UnitImportColumn.PARENT,
                            "admin.unitImport.unknownParent", unit.parentCode()));
                } else if (unit.validFrom() != null && existing.get().hasEndedBy(unit.validFrom())) {
                    problems.add(UnitImportProblem.at(unit.row(), UnitImportColumn.PARENT,
                            "admin.unitImport.parentEnded", unit.parentCode(),
                            VnFormat.date(existing.get().getValidTo()), VnFormat.date(unit.validFrom())));
                }
            } else if (inCycle(unit, inFile)) {
                problems.add(UnitImportProblem.at(unit.row(), UnitImportColumn.PARENT, "admin.unitImport.parentCycle",
                        unit.parentCode()));
            }
        }
    }

    private static boolean inCycle(PlannedUnit unit, Map<String, PlannedUnit> inFile) {
        Set<String> seen = new HashSet<>();
        for (PlannedUnit up = unit; up != null && up.parentCode() != null; up = inFile.get(up.parentCode())) {
            if (!seen.add(up.code())) {
                return true;
            }
        }
        return false;
    }

    /** A type by its code (COMMUNE) or its Vietnamese name (UBND xã, phường), in any case. */
    private static UnitType type(String text, List<UnitType> allTypes) {
        return allTypes.stream()
                .filter(t -> t.getCode().equalsIgnoreCase(text)
                        || t.getNameVi().toLowerCase(Messages.VIETNAMESE).equals(text.toLowerCase(Messages.VIETNAMESE)))
                .findFirst()
                .orElseThrow(() -> new BusinessException("admin.unitImport.unknownType", text,
                        allTypes.stream().map(UnitType::getCode).collect(Collectors.joining(", "))));
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text, DATE);
        } catch (DateTimeParseException e) {
            throw new BusinessException("admin.unitImport.badDate", text);
        }
    }

    /** The cells of one row, each checked by its rule; a refusal becomes a problem at that cell. */
    private record RowCheck(Line line, List<UnitImportProblem> problems) {

        <T> T check(UnitImportColumn column, Function<String, T> rule) {
            if (line.unreadable().contains(column)) {
                problem(column, "admin.unitImport.unreadable");
                return null;
            }
            String text = line.value(column).strip();
            if (text.isEmpty()) {
                if (column.required()) {
                    problem(column, "admin.unitImport.required");
                }
                return null;
            }
            try {
                return rule.apply(text);
            } catch (BusinessException refused) {
                problems.add(new UnitImportProblem(line.row(), column, refused.getMessageKey(), refused.getArgs()));
                return null;
            }
        }

        void problem(UnitImportColumn column, String key, Object... args) {
            problems.add(UnitImportProblem.at(line.row(), column, key, args));
        }
    }

    /** A unit the file creates, as the preview shows it. */
    public record PlannedUnit(int row, String code, String fullName, String shortName, String typeCode,
                              String parentCode, LocalDate validFrom) {
    }

    /** The units a file would create (empty when it has problems) and its problems, in the file's order. */
    public record UnitImportPreview(List<PlannedUnit> units, List<UnitImportProblem> problems) {

        public boolean acceptable() {
            return problems.isEmpty() && !units.isEmpty();
        }
    }

    public record UnitImportResult(int created, List<String> codes) {
    }
}
