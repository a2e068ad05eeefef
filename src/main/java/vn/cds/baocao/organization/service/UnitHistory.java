package vn.cds.baocao.organization.service;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cds.baocao.organization.domain.Unit;
import vn.cds.baocao.organization.domain.UnitNameHistory;
import vn.cds.baocao.organization.domain.UnitNameHistoryRepository;
import vn.cds.baocao.organization.domain.UnitRepository;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Units through time, for every feature: the name a unit had on a day, which units exist to report for a period
 * ending on a cut-off day, and the lineage of merges (A + B → C) so trends can follow a unit across a
 * reorganisation. Read-only and free of secrets, like the other seams ({@code DeadlineService},
 * {@code IndicatorCatalog}), so scheduled jobs can use it too. Which unit reports which indicator of a period is
 * the indicator catalog's answer ({@code IndicatorCatalog}), built on {@link #reportingUnits}.
 */
@Service
@Transactional(readOnly = true)
public class UnitHistory {

    private final UnitRepository units;
    private final UnitNameHistoryRepository names;

    public UnitHistory(UnitRepository units, UnitNameHistoryRepository names) {
        this.units = units;
        this.names = names;
    }

    /** The unit's names on {@code day}: an earlier name for a day before a rename, the latest name otherwise. */
    public UnitName nameOn(Unit unit, LocalDate day) {
        return names.findByUnitOrderByValidFromAsc(unit).stream()
                .filter(old -> old.covers(day))
                .findFirst()
                .map(old -> new UnitName(old.getFullName(), old.getShortName()))
                .orElseGet(() -> new UnitName(unit.getFullName(), unit.getShortName()));
    }

    /** Every earlier name of the unit, oldest first. */
    @PreAuthorize("hasRole('ADMIN')")
    public List<UnitNameHistory> earlierNames(Unit unit) {
        return names.findByUnitOrderByValidFromAsc(unit);
    }

    /**
     * The units expected to report for a period whose data window ends on {@code cutOff}, in display order (see
     * {@link Unit#reportsForCutOff}).
     */
    public List<Unit> reportingUnits(LocalDate cutOff) {
        return units.findAllByOrderByDisplayOrderAscIdAsc().stream()
                .filter(unit -> unit.reportsForCutOff(cutOff))
                .toList();
    }

    /** True when the unit is expected to report for a period whose data window ends on {@code cutOff}. */
    public boolean reportsOn(Unit unit, LocalDate cutOff) {
        return unit.reportsForCutOff(cutOff);
    }

    /**
     * The unit's lineage: every unit that merged into it, directly or through earlier merges (oldest first), the
     * unit itself, and the chain of units it merged into.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public Lineage lineage(Unit unit) {
        Unit self = units.findById(unit.getId()).orElseThrow();
        List<LineageEntry> predecessors = predecessors(self).stream()
                .sorted(Comparator.comparing(Unit::getValidFrom).thenComparing(Unit::getDisplayOrder))
                .map(u -> LineageEntry.of(u, Relation.PREDECESSOR))
                .toList();
        List<LineageEntry> successors = new ArrayList<>();
        Set<Long> seen = new HashSet<>(List.of(self.getId()));
        for (Unit next = self.getSuccessor(); next != null && seen.add(next.getId()); next = next.getSuccessor()) {
            successors.add(LineageEntry.of(next, Relation.SUCCESSOR));
        }
        return new Lineage(LineageEntry.of(self, Relation.SELF), predecessors, successors);
    }

    /**
     * The ids of the units whose figures make up this unit's history: the unit and all its predecessors. A trend of
     * Sở KH&CN after 1/3/2025 includes Sở TT&TT's figures of earlier periods, each still stored under its own unit.
     */
    public List<Long> historyUnitIds(Unit unit) {
        List<Long> ids = new ArrayList<>();
        ids.add(unit.getId());
        predecessors(unit).forEach(u -> ids.add(u.getId()));
        return ids;
    }

    /** The unit that carries on for {@code unit} today: itself, or the last unit of its successor chain. */
    public Unit currentSuccessor(Unit unit) {
        Unit current = units.findById(unit.getId()).orElseThrow();
        Set<Long> seen = new HashSet<>();
        while (current.getSuccessor() != null && seen.add(current.getId())) {
            current = current.getSuccessor();
        }
        return current;
    }

    private List<Unit> predecessors(Unit unit) {
        List<Unit> found = new ArrayList<>();
        Set<Long> seen = new HashSet<>(List.of(unit.getId()));
        Deque<Unit> todo = new ArrayDeque<>(List.of(unit));
        while (!todo.isEmpty()) {
            for (Unit merged : units.findBySuccessorOrderByValidFromAscIdAsc(todo.pop())) {
                if (seen.add(merged.getId())) {
                    found.add(merged);
                    todo.push(merged);
                }
            }
        }
        return found;
    }

    /** A unit's full and short name. */
    public record UnitName(String fullName, String shortName) {
    }

    public enum Relation {
        PREDECESSOR, SELF, SUCCESSOR
    }

    /** One unit of a lineage, with plain values so it can leave the transaction. */
    public record LineageEntry(long unitId, String code, String fullName, String shortName, LocalDate validFrom,
                               LocalDate validTo, String successorCode, Relation relation) {
        static LineageEntry of(Unit unit, Relation relation) {
            return new LineageEntry(unit.getId(), unit.getCode(), unit.getFullName(), unit.getShortName(),
                    unit.getValidFrom(), unit.getValidTo(),
                    unit.getSuccessor() == null ? null : unit.getSuccessor().getCode(), relation);
        }
    }

    /** Predecessors (oldest first), the unit itself, and its successors (in merge order). */
    public record Lineage(LineageEntry self, List<LineageEntry> predecessors, List<LineageEntry> successors) {
        public List<LineageEntry> all() {
            List<LineageEntry> all = new ArrayList<>(predecessors);
            all.add(self);
            all.addAll(successors);
            return all;
        }
    }
}
