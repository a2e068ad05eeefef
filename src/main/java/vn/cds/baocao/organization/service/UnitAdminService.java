package vn.cds.baocao.organization.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cds.baocao.audit.domain.AuditAction;
import vn.cds.baocao.audit.service.AdminAudit;
import vn.cds.baocao.audit.service.AuditDetails;
import vn.cds.baocao.base.error.BusinessException;
import vn.cds.baocao.base.format.VnFormat;
import vn.cds.baocao.organization.domain.Unit;
import vn.cds.baocao.organization.domain.UnitAlias;
import vn.cds.baocao.organization.domain.UnitAliasRepository;
import vn.cds.baocao.organization.domain.UnitNameHistory;
import vn.cds.baocao.organization.domain.UnitNameHistoryRepository;
import vn.cds.baocao.organization.domain.UnitRepository;
import vn.cds.baocao.organization.domain.UnitType;
import vn.cds.baocao.organization.domain.UnitTypeRepository;
import vn.cds.baocao.organization.service.UnitActivity.PeriodAfter;

/**
 * Changes to the province's units, for administrators. Nothing here deletes or rewrites history: a rename keeps the
 * old name for the days it was used, a unit that ends keeps its reports, a merge links the old units to their
 * successor. Every change is written to the audit log.
 */
@Service
@Transactional
public class UnitAdminService {

    static final Pattern CODE = Pattern.compile("[A-Z0-9_]{2,64}");
    static final int FULL_NAME_LENGTH = 255;
    static final int SHORT_NAME_LENGTH = 128;

    private final UnitRepository units;
    private final UnitTypeRepository types;
    private final UnitAliasRepository aliases;
    private final UnitNameHistoryRepository names;
    private final List<UnitActivity> activities;
    private final List<ReporterAccounts> reporters;
    private final AdminAudit audit;

    public UnitAdminService(UnitRepository units, UnitTypeRepository types, UnitAliasRepository aliases,
                            UnitNameHistoryRepository names, List<UnitActivity> activities,
                            List<ReporterAccounts> reporters, AdminAudit audit) {
        this.units = units;
        this.types = types;
        this.aliases = aliases;
        this.names = names;
        this.activities = activities;
        this.reporters = reporters;
        this.audit = audit;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Unit unit(long id) {
        return units.findById(id).orElseThrow(() -> new BusinessException("admin.unit.notFound"));
    }

    @PreAuthorize("hasRole('ADMIN')")
    public Unit create(NewUnit form) {
        String code = normalizeCode(form.code());
        if (units.existsByCode(code)) {
            throw new BusinessException("admin.unit.duplicateCode", code);
        }
        if (form.validFrom() == null) {
            throw new BusinessException("admin.unit.validFromRequired");
        }
        Unit unit = new Unit(code, requireName(form.fullName(), FULL_NAME_LENGTH),
                requireName(form.shortName(), SHORT_NAME_LENGTH), type(form.typeCode()), form.validFrom());
        unit.setDisplayOrder(form.displayOrder() == null ? nextDisplayOrder() : form.displayOrder());
        unit.setNotes(blankToNull(form.notes()));
        units.save(unit);
        unit.setParent(parent(unit, form.parentId()));
        addAlias(unit, unit.getFullName());
        addAlias(unit, unit.getShortName());
        audit.record(AuditAction.UNIT_CREATE, code, AuditDetails.of()
                .value("fullName", unit.getFullName()).value("shortName", unit.getShortName())
                .value("unitType", unit.getType().getCode()).value("validFrom", unit.getValidFrom())
                .value("parent", code(unit.getParent())));
        return unit;
    }

    /** Type, parent, order and notes. Names change through {@link #rename}, validity through deactivate/merge. */
    @PreAuthorize("hasRole('ADMIN')")
    public Unit update(long id, UnitChanges changes) {
        Unit unit = unit(id);
        UnitType type = type(changes.typeCode());
        Unit parent = parent(unit, changes.parentId());
        AuditDetails details = AuditDetails.of()
                .change("unitType", unit.getType().getCode(), type.getCode())
                .change("parent", code(unit.getParent()), code(parent))
                .change("displayOrder", unit.getDisplayOrder(), changes.displayOrder())
                .change("notes", unit.getNotes(), blankToNull(changes.notes()));
        unit.setType(type);
        unit.setParent(parent);
        if (changes.displayOrder() != null) {
            unit.setDisplayOrder(changes.displayOrder());
        }
        unit.setNotes(blankToNull(changes.notes()));
        audit.record(AuditAction.UNIT_UPDATE, unit.getCode(), details);
        return unit;
    }

    /**
     * Gives the unit a new name from {@code effectiveFrom}. The old name is kept for the days before, so reports
     * of earlier periods still show it, and it stays an alias for matching imported documents.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public Unit rename(long id, String newFullName, String newShortName, LocalDate effectiveFrom) {
        Unit unit = unit(id);
        String fullName = requireName(newFullName, FULL_NAME_LENGTH);
        String shortName = requireName(newShortName, SHORT_NAME_LENGTH);
        if (effectiveFrom == null) {
            throw new BusinessException("admin.unit.renameDateRequired");
        }
        if (fullName.equals(unit.getFullName()) && shortName.equals(unit.getShortName())) {
            throw new BusinessException("admin.unit.sameName");
        }
        List<UnitNameHistory> earlier = names.findByUnitOrderByValidFromAsc(unit);
        LocalDate currentNameFrom = earlier.isEmpty() ? unit.getValidFrom() : earlier.getLast().getValidTo().plusDays(1);
        if (!effectiveFrom.isAfter(currentNameFrom)) {
            throw new BusinessException("admin.unit.renameTooEarly", date(currentNameFrom));
        }
        if (unit.getValidTo() != null && effectiveFrom.isAfter(unit.getValidTo())) {
            throw new BusinessException("admin.unit.renameAfterEnd", date(unit.getValidTo()));
        }
        names.save(new UnitNameHistory(unit, unit.getFullName(), unit.getShortName(), currentNameFrom,
                effectiveFrom.minusDays(1)));
        AuditDetails details = AuditDetails.of()
                .change("fullName", unit.getFullName(), fullName)
                .change("shortName", unit.getShortName(), shortName)
                .value("effectiveFrom", effectiveFrom);
        unit.setFullName(fullName);
        unit.setShortName(shortName);
        addAlias(unit, fullName);
        addAlias(unit, shortName);
        audit.record(AuditAction.UNIT_RENAME, unit.getCode(), details);
        return unit;
    }

    /**
     * Ends the unit after {@code lastDay}: periods whose data window ends later no longer expect a report from it.
     * Its reports, values and accounts stay.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public Unit deactivate(long id, LocalDate lastDay, String reason) {
        Unit unit = unit(id);
        if (lastDay == null) {
            throw new BusinessException("admin.unit.endDateRequired");
        }
        if (unit.getSuccessor() != null) {
            throw new BusinessException("admin.unit.alreadyMerged", unit.getFullName(), unit.getSuccessor().getFullName());
        }
        if (lastDay.isBefore(unit.getValidFrom())) {
            throw new BusinessException("admin.unit.endBeforeStart", date(lastDay), date(unit.getValidFrom()));
        }
        refuseReportsAfter(unit, lastDay);
        AuditDetails details = AuditDetails.of().change("validTo", unit.getValidTo(), lastDay).note("reason", reason);
        unit.setValidTo(lastDay);
        audit.record(AuditAction.UNIT_DEACTIVATE, unit.getCode(), details);
        return unit;
    }

    /** Undoes a deactivation entered by mistake. A merged unit stays merged. */
    @PreAuthorize("hasRole('ADMIN')")
    public Unit reactivate(long id) {
        Unit unit = unit(id);
        if (unit.getSuccessor() != null) {
            throw new BusinessException("admin.unit.alreadyMerged", unit.getFullName(), unit.getSuccessor().getFullName());
        }
        if (unit.getValidTo() != null) {
            AuditDetails details = AuditDetails.of().change("validTo", unit.getValidTo(), null);
            unit.setValidTo(null);
            audit.record(AuditAction.UNIT_REACTIVATE, unit.getCode(), details);
        }
        return unit;
    }

    /**
     * Merges the source units into an existing unit from {@code effectiveFrom}: each source ends the day before and
     * points to the target as its successor; the target reports from that day on. The sources' reports stay
     * theirs. With {@code moveReporters}, the sources' reporter accounts move to the target.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public Unit merge(List<Long> sourceIds, long targetId, LocalDate effectiveFrom, boolean moveReporters) {
        Unit target = unit(targetId);
        List<Unit> sources = sources(sourceIds, target);
        if (effectiveFrom == null) {
            throw new BusinessException("admin.unit.mergeDateRequired");
        }
        if (!target.isActiveOn(effectiveFrom)) {
            throw new BusinessException("admin.unit.mergeTargetInactive", target.getFullName(), date(effectiveFrom));
        }
        LocalDate lastDay = effectiveFrom.minusDays(1);
        for (Unit source : sources) {
            if (source.getSuccessor() != null) {
                throw new BusinessException("admin.unit.alreadyMerged", source.getFullName(),
                        source.getSuccessor().getFullName());
            }
            if (!effectiveFrom.isAfter(source.getValidFrom())) {
                throw new BusinessException("admin.unit.mergeBeforeStart", source.getFullName(),
                        date(source.getValidFrom()));
            }
            if (source.getValidTo() != null && source.getValidTo().isBefore(lastDay)) {
                throw new BusinessException("admin.unit.mergeAfterEnd", source.getFullName(),
                        date(source.getValidTo()));
            }
            refuseReportsAfter(source, lastDay);
        }
        List<String> moved = new ArrayList<>();
        for (Unit source : sources) {
            source.setValidTo(lastDay);
            source.setSuccessor(target);
            if (moveReporters) {
                reporters.forEach(accounts -> moved.addAll(accounts.moveReporters(source.getId(), target.getId())));
            }
        }
        audit.record(AuditAction.UNIT_MERGE, target.getCode(), AuditDetails.of()
                .value("mergedUnits", sources.stream().map(Unit::getCode).toList())
                .value("effectiveFrom", effectiveFrom)
                .value("movedAccounts", moved));
        return target;
    }

    /** Creates the successor (valid from the merge date) and merges the sources into it. */
    @PreAuthorize("hasRole('ADMIN')")
    public Unit mergeIntoNew(List<Long> sourceIds, NewUnit successor, boolean moveReporters) {
        if (sourceIds == null || sourceIds.isEmpty()) {
            throw new BusinessException("admin.unit.mergeNoSources");
        }
        Unit created = create(successor);
        return merge(sourceIds, created.getId(), successor.validFrom(), moveReporters);
    }

    private List<Unit> sources(List<Long> sourceIds, Unit target) {
        if (sourceIds == null || sourceIds.isEmpty()) {
            throw new BusinessException("admin.unit.mergeNoSources");
        }
        List<Unit> sources = new ArrayList<>();
        for (Long id : new LinkedHashSet<>(sourceIds)) {
            if (id.equals(target.getId())) {
                throw new BusinessException("admin.unit.mergeIntoItself", target.getFullName());
            }
            sources.add(unit(id));
        }
        return sources;
    }

    /** A unit cannot end before periods it has already reported for. */
    private void refuseReportsAfter(Unit unit, LocalDate lastDay) {
        activities.stream()
                .flatMap(activity -> activity.firstPeriodAfter(unit.getId(), lastDay).stream())
                .min(Comparator.comparing(PeriodAfter::dataTo))
                .ifPresent(period -> {
                    throw new BusinessException("admin.unit.reportsAfterEnd", unit.getFullName(), period.name(),
                            date(lastDay));
                });
    }

    private Unit parent(Unit unit, Long parentId) {
        if (parentId == null) {
            return null;
        }
        Unit parent = unit(parentId);
        Set<Long> seen = new HashSet<>();
        for (Unit up = parent; up != null && seen.add(up.getId()); up = up.getParent()) {
            if (up.getId().equals(unit.getId())) {
                throw new BusinessException("admin.unit.parentCycle", parent.getFullName());
            }
        }
        return parent;
    }

    private UnitType type(String code) {
        if (code == null) {
            throw new BusinessException("admin.unit.typeRequired");
        }
        return types.findById(code).orElseThrow(() -> new BusinessException("admin.unit.typeRequired"));
    }

    private void addAlias(Unit unit, String name) {
        boolean known = aliases.findByUnit(unit).stream().anyMatch(a -> a.getAlias().equals(name));
        if (!known) {
            aliases.save(new UnitAlias(unit, name));
        }
    }

    private int nextDisplayOrder() {
        return units.findAll().stream().mapToInt(Unit::getDisplayOrder).max().orElse(0) + 10;
    }

    /** A unit code as stored (upper case, no spaces around), or refused when it is not one. */
    static String normalizeCode(String raw) {
        String code = raw == null ? "" : raw.strip().toUpperCase(Locale.ROOT);
        if (!CODE.matcher(code).matches()) {
            throw new BusinessException("admin.unit.badCode");
        }
        return code;
    }

    static String requireName(String name, int maxLength) {
        if (name == null || name.isBlank()) {
            throw new BusinessException("admin.unit.nameRequired");
        }
        if (name.strip().length() > maxLength) {
            throw new BusinessException("admin.tooLong", String.valueOf(maxLength));
        }
        return name.strip();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String code(Unit unit) {
        return unit == null ? null : unit.getCode();
    }

    private static String date(LocalDate day) {
        return VnFormat.date(day);
    }

    /** A new unit. {@code displayOrder} null: after every existing unit. */
    public record NewUnit(String code, String fullName, String shortName, String typeCode, Long parentId,
                          LocalDate validFrom, Integer displayOrder, String notes) {
    }

    public record UnitChanges(String typeCode, Long parentId, Integer displayOrder, String notes) {
    }
}
