package vn.cds.baocao.organization.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import vn.cds.baocao.base.domain.VersionedEntity;

/** A reporting unit (đơn vị): a sở, a district People's Committee, the province office, ... */
@Entity
@Table(name = "unit")
public class Unit extends VersionedEntity {

    @Column(nullable = false, unique = true, length = 64)
    private String code;

    @Column(name = "full_name", nullable = false)
    private String fullName;

    @Column(name = "short_name", nullable = false)
    private String shortName;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "type_code")
    private UnitType type;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Unit parent;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    /** Last day the unit exists; null while it is active. */
    @Column(name = "valid_to")
    private LocalDate validTo;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "successor_id")
    private Unit successor;

    @Column(name = "display_order", nullable = false)
    private int displayOrder;

    @Column(length = 1000)
    private String notes;

    protected Unit() {
    }

    public Unit(String code, String fullName, String shortName, UnitType type, LocalDate validFrom) {
        this.code = code;
        this.fullName = fullName;
        this.shortName = shortName;
        this.type = type;
        this.validFrom = validFrom;
    }

    /** True when the unit exists on the given day. */
    public boolean isActiveOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }

    /**
     * True when the unit is expected to report for a period whose data window ends on {@code cutOff}: its type
     * reports and it exists on that day. A unit that ends or merges away during a window does not report for it;
     * its successor, which exists on the cut-off day, reports the whole window. So a period never expects a
     * report from both a merged-away unit and the unit it merged into.
     */
    public boolean reportsForCutOff(LocalDate cutOff) {
        return reportsForCutOff(type.isReporting(), validFrom, validTo, cutOff);
    }

    /** {@link #reportsForCutOff(LocalDate)} on plain values (a unit read as a {@link UnitSummary}). */
    static boolean reportsForCutOff(boolean reportingType, LocalDate validFrom, LocalDate validTo, LocalDate cutOff) {
        return reportingType && !cutOff.isBefore(validFrom) && (validTo == null || !cutOff.isAfter(validTo));
    }

    /** True when the unit has ended (on or before {@code day}), by deactivation or by a merge. */
    public boolean hasEndedBy(LocalDate day) {
        return validTo != null && validTo.isBefore(day);
    }

    /** True when the unit exists for at least one day of the window. */
    public boolean overlaps(LocalDate from, LocalDate to) {
        return !to.isBefore(validFrom) && (validTo == null || !from.isAfter(validTo));
    }

    public String getCode() {
        return code;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getShortName() {
        return shortName;
    }

    public void setShortName(String shortName) {
        this.shortName = shortName;
    }

    public UnitType getType() {
        return type;
    }

    public void setType(UnitType type) {
        this.type = type;
    }

    public Unit getParent() {
        return parent;
    }

    public void setParent(Unit parent) {
        this.parent = parent;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public void setValidTo(LocalDate validTo) {
        this.validTo = validTo;
    }

    public Unit getSuccessor() {
        return successor;
    }

    public void setSuccessor(Unit successor) {
        this.successor = successor;
    }

    public int getDisplayOrder() {
        return displayOrder;
    }

    public void setDisplayOrder(int displayOrder) {
        this.displayOrder = displayOrder;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    @Override
    public String toString() {
        return code;
    }
}
