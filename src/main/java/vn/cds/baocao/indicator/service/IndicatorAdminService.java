package vn.cds.baocao.indicator.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
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
import vn.cds.baocao.base.i18n.Text;
import vn.cds.baocao.indicator.domain.Aggregation;
import vn.cds.baocao.indicator.domain.Comparator;
import vn.cds.baocao.indicator.domain.CumulativeRule;
import vn.cds.baocao.indicator.domain.Indicator;
import vn.cds.baocao.indicator.domain.IndicatorRepository;
import vn.cds.baocao.indicator.domain.IndicatorSection;
import vn.cds.baocao.indicator.domain.IndicatorSectionRepository;
import vn.cds.baocao.indicator.domain.Target;
import vn.cds.baocao.indicator.domain.TargetRepository;
import vn.cds.baocao.indicator.domain.ValueType;
import vn.cds.baocao.organization.domain.Unit;
import vn.cds.baocao.organization.service.UnitDirectory;

/**
 * Changes to the indicator catalog, its sections and its targets, for administrators. Periods keep the catalog they
 * opened with ({@link IndicatorCatalog}); what would change the meaning of figures already stored is refused.
 */
@Service
@Transactional
public class IndicatorAdminService {

    static final Pattern INDICATOR_CODE = Pattern.compile("[a-z][a-z0-9_]{1,63}");
    static final Pattern SECTION_CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,31}");
    static final int MIN_YEAR = 2000;
    static final int MAX_YEAR = 2100;

    private final IndicatorRepository indicators;
    private final IndicatorSectionRepository sections;
    private final TargetRepository targets;
    private final UnitDirectory units;
    private final List<StoredValues> storedValues;
    private final AdminAudit audit;

    public IndicatorAdminService(IndicatorRepository indicators, IndicatorSectionRepository sections,
                                 TargetRepository targets, UnitDirectory units, List<StoredValues> storedValues,
                                 AdminAudit audit) {
        this.indicators = indicators;
        this.sections = sections;
        this.targets = targets;
        this.units = units;
        this.storedValues = storedValues;
        this.audit = audit;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<Indicator> indicators() {
        return indicators.findAllWithApplicability();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Indicator indicator(long id) {
        return indicators.findById(id).orElseThrow(() -> new BusinessException("admin.indicator.notFound"));
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<IndicatorSection> sections() {
        return sections.findAllByOrderByDisplayOrderAsc();
    }

    /** Every target with its indicator's code and name, by indicator and year. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<TargetView> targets() {
        return targets.findAllWithIndicator().stream().map(TargetView::of).toList();
    }

    /** True when reports already hold values of the indicator (the value type and totals are then locked). */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public boolean hasStoredValues(long indicatorId) {
        return hasStoredValues(indicator(indicatorId));
    }

    // ---- indicators ----

    @PreAuthorize("hasRole('ADMIN')")
    public Indicator create(IndicatorForm form) {
        String code = form.code() == null ? "" : form.code().strip().toLowerCase(Locale.ROOT);
        if (!INDICATOR_CODE.matcher(code).matches()) {
            throw new BusinessException("admin.indicator.badCode");
        }
        if (indicators.findByCode(code).isPresent()) {
            throw new BusinessException("admin.indicator.duplicateCode", code);
        }
        validate(form, null);
        Indicator indicator = new Indicator(code, section(form.sectionCode()), form.nameVi().strip(),
                form.shortNameVi().strip(), form.nameEn().strip(), form.valueType(), form.validFrom());
        apply(indicator, form);
        indicators.save(indicator);
        audit.record(AuditAction.INDICATOR_CREATE, code, AuditDetails.of()
                .value("indicatorName", indicator.getNameVi()).value("section", indicator.getSection().getCode())
                .value("valueType", indicator.getValueType()).value("unitTypes", indicator.getUnitTypeCodes())
                .value("validFrom", indicator.getValidFrom()));
        return indicator;
    }

    /**
     * Changes an indicator. Names, section, order, bounds, swing threshold and unit types may change at any time
     * (earlier periods keep their catalog). Once reports hold values, what would reinterpret them is refused: the
     * value type, the cumulative rule and what it accumulates, the TỔNG aggregation and the start date.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public Indicator update(long id, IndicatorForm form) {
        Indicator indicator = indicator(id);
        validate(form, indicator);
        if (hasStoredValues(indicator)) {
            lockWhenStored(indicator, "valueType", indicator.getValueType(), form.valueType());
            lockWhenStored(indicator, "cumulativeRule", indicator.getCumulativeRule(), form.cumulativeRule());
            lockWhenStored(indicator, "cumulativeOf", idOf(indicator.getCumulativeOf()), form.cumulativeOfId());
            lockWhenStored(indicator, "aggregation", indicator.getAggregation(), form.aggregation());
            lockWhenStored(indicator, "validFrom", indicator.getValidFrom(), form.validFrom());
        }
        AuditDetails details = AuditDetails.of()
                .change("indicatorName", indicator.getNameVi(), form.nameVi().strip())
                .change("shortName", indicator.getShortNameVi(), form.shortNameVi().strip())
                .change("nameEn", indicator.getNameEn(), form.nameEn().strip())
                .change("section", indicator.getSection().getCode(), form.sectionCode())
                .change("valueType", indicator.getValueType(), form.valueType())
                .change("cumulativeRule", indicator.getCumulativeRule(), form.cumulativeRule())
                .change("aggregation", indicator.getAggregation(), form.aggregation())
                .change("displayOrder", indicator.getDisplayOrder(), form.displayOrder())
                .change("lowerBound", indicator.getLowerBound(), form.lowerBound())
                .change("upperBound", indicator.getUpperBound(), form.upperBound())
                .change("required", indicator.isRequired(), form.required())
                .change("swingThreshold", indicator.getSwingThreshold(), form.swingThreshold())
                .change("swingFloor", indicator.getSwingFloor(), form.swingFloor())
                .change("higherIsBetter", indicator.isHigherIsBetter(), form.higherIsBetter())
                .change("validFrom", indicator.getValidFrom(), form.validFrom())
                .change("unitTypes", indicator.getUnitTypeCodes(), form.unitTypeCodes())
                .change("exemptUnits", exemptCodes(indicator), exemptCodes(form.exemptUnitIds()));
        indicator.setSection(section(form.sectionCode()));
        indicator.setNameVi(form.nameVi().strip());
        indicator.setShortNameVi(form.shortNameVi().strip());
        indicator.setNameEn(form.nameEn().strip());
        indicator.setValueType(form.valueType());
        indicator.setValidFrom(form.validFrom());
        apply(indicator, form);
        audit.record(AuditAction.INDICATOR_UPDATE, indicator.getCode(), details);
        return indicator;
    }

    /** Periods whose data window ends after {@code lastDay} no longer include the indicator. Values stay. */
    @PreAuthorize("hasRole('ADMIN')")
    public Indicator retire(long id, LocalDate lastDay) {
        Indicator indicator = indicator(id);
        if (lastDay == null) {
            throw new BusinessException("admin.indicator.retireDateRequired");
        }
        if (lastDay.isBefore(indicator.getValidFrom())) {
            throw new BusinessException("admin.indicator.retireBeforeStart", VnFormat.date(lastDay),
                    VnFormat.date(indicator.getValidFrom()));
        }
        AuditDetails details = AuditDetails.of().change("validTo", indicator.getValidTo(), lastDay);
        indicator.setValidTo(lastDay);
        audit.record(AuditAction.INDICATOR_RETIRE, indicator.getCode(), details);
        return indicator;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public Indicator reinstate(long id) {
        Indicator indicator = indicator(id);
        if (indicator.getValidTo() != null) {
            AuditDetails details = AuditDetails.of().change("validTo", indicator.getValidTo(), null);
            indicator.setValidTo(null);
            audit.record(AuditAction.INDICATOR_REINSTATE, indicator.getCode(), details);
        }
        return indicator;
    }

    // ---- sections ----

    @PreAuthorize("hasRole('ADMIN')")
    public IndicatorSection createSection(String code, String nameVi, String nameEn, int displayOrder) {
        String value = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        if (!SECTION_CODE.matcher(value).matches()) {
            throw new BusinessException("admin.section.badCode");
        }
        if (sections.existsById(value)) {
            throw new BusinessException("admin.section.duplicateCode", value);
        }
        IndicatorSection section = sections.save(new IndicatorSection(value, requireText(nameVi, 255),
                requireText(nameEn, 255), displayOrder));
        audit.record(AuditAction.SECTION_CREATE, value, AuditDetails.of()
                .value("sectionName", section.getNameVi()).value("displayOrder", displayOrder));
        return section;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public IndicatorSection updateSection(String code, String nameVi, String nameEn, int displayOrder) {
        IndicatorSection section = section(code);
        String vi = requireText(nameVi, 255);
        String en = requireText(nameEn, 255);
        AuditDetails details = AuditDetails.of().change("sectionName", section.getNameVi(), vi)
                .change("nameEn", section.getNameEn(), en)
                .change("displayOrder", section.getDisplayOrder(), displayOrder);
        section.setNameVi(vi);
        section.setNameEn(en);
        section.setDisplayOrder(displayOrder);
        audit.record(AuditAction.SECTION_UPDATE, section.getCode(), details);
        return section;
    }

    // ---- targets ----

    @PreAuthorize("hasRole('ADMIN')")
    public Target addTarget(long indicatorId, TargetForm form) {
        Indicator indicator = indicator(indicatorId);
        validate(indicator, form, null);
        Target target = targets.save(new Target(indicator, form.year(), form.comparator(), form.value(),
                blankToNull(form.unitTypeCode()), form.source().strip()));
        audit.record(AuditAction.TARGET_CREATE, targetKey(target), AuditDetails.of()
                .value("comparator", form.comparator().symbol()).value("targetValue", form.value())
                .value("unitType", target.getUnitTypeCode()).value("source", target.getSource()));
        return target;
    }

    /**
     * Changes a target. When approved reports of its year exist, its comparator and value are fixed (the verdicts
     * Đạt/Không đạt of approved reports must not change); only the source text may be corrected.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public Target updateTarget(long targetId, TargetForm form) {
        Target target = target(targetId);
        Indicator indicator = target.getIndicator();
        validate(indicator, form, target);
        boolean verdictChanges = target.getYear() != form.year() || target.getComparator() != form.comparator()
                || target.getValue().compareTo(form.value()) != 0
                || !Objects.equals(target.getUnitTypeCode(), blankToNull(form.unitTypeCode()));
        if (verdictChanges && approvedIn(indicator, target.getYear(), target.getUnitTypeCode())) {
            throw new BusinessException("admin.target.approvedHistory", indicator.getNameVi(),
                    String.valueOf(target.getYear()));
        }
        AuditDetails details = AuditDetails.of()
                .change("year", String.valueOf(target.getYear()), String.valueOf(form.year()))
                .change("comparator", target.getComparator().symbol(), form.comparator().symbol())
                .change("targetValue", target.getValue(), form.value())
                .change("unitType", target.getUnitTypeCode(), blankToNull(form.unitTypeCode()))
                .change("source", target.getSource(), form.source().strip());
        target.setYear(form.year());
        target.setComparator(form.comparator());
        target.setValue(form.value());
        target.setUnitTypeCode(blankToNull(form.unitTypeCode()));
        target.setSource(form.source().strip());
        audit.record(AuditAction.TARGET_UPDATE, targetKey(target), details);
        return target;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public void deleteTarget(long targetId) {
        Target target = target(targetId);
        if (approvedIn(target.getIndicator(), target.getYear(), target.getUnitTypeCode())) {
            throw new BusinessException("admin.target.approvedHistory", target.getIndicator().getNameVi(),
                    String.valueOf(target.getYear()));
        }
        audit.record(AuditAction.TARGET_DELETE, targetKey(target), AuditDetails.of()
                .value("comparator", target.getComparator().symbol()).value("targetValue", target.getValue())
                .value("source", target.getSource()));
        targets.delete(target);
    }

    // ---- validation ----

    private void validate(IndicatorForm form, Indicator existing) {
        section(form.sectionCode());
        requireText(form.nameVi(), 500);
        requireText(form.shortNameVi(), 255);
        requireText(form.nameEn(), 500);
        if (form.valueType() == null || form.cumulativeRule() == null || form.aggregation() == null) {
            throw new BusinessException("admin.indicator.typeRequired");
        }
        if (form.validFrom() == null) {
            throw new BusinessException("admin.indicator.validFromRequired");
        }
        if (form.unitTypeCodes() == null || form.unitTypeCodes().isEmpty()) {
            throw new BusinessException("admin.indicator.unitTypesRequired");
        }
        for (String type : form.unitTypeCodes()) {
            if (!units.typeExists(type)) {
                throw new BusinessException("admin.indicator.unitTypesRequired");
            }
        }
        if (form.lowerBound() != null && form.upperBound() != null
                && form.lowerBound().compareTo(form.upperBound()) > 0) {
            throw new BusinessException("admin.indicator.boundsReversed", VnFormat.number(form.lowerBound(), 4),
                    VnFormat.number(form.upperBound(), 4));
        }
        if (form.swingThreshold() != null && form.swingThreshold().signum() <= 0) {
            throw new BusinessException("admin.indicator.swingNotPositive");
        }
        if (form.swingFloor() != null && form.swingFloor().signum() < 0) {
            throw new BusinessException("admin.indicator.swingFloorNegative");
        }
        if (form.swingFloor() != null && form.valueType() != ValueType.PERCENT
                && form.swingFloor().stripTrailingZeros().scale() > 0) {
            throw new BusinessException("admin.indicator.swingFloorWhole");
        }
        if (form.valueType() == ValueType.TEXT && (form.lowerBound() != null || form.upperBound() != null
                || form.swingThreshold() != null || form.swingFloor() != null
                || form.cumulativeRule() != CumulativeRule.NONE)) {
            throw new BusinessException("admin.indicator.textHasNoNumbers");
        }
        boolean accumulates = form.cumulativeRule() == CumulativeRule.RUNNING_TOTAL
                || form.cumulativeRule() == CumulativeRule.YEAR_TO_DATE;
        if (accumulates) {
            if (form.cumulativeOfId() == null) {
                throw new BusinessException("admin.indicator.cumulativeOfRequired");
            }
            Indicator base = indicator(form.cumulativeOfId());
            if ((existing != null && base.getId().equals(existing.getId()))
                    || base.getCumulativeRule() != CumulativeRule.NONE || !base.getValueType().isNumeric()) {
                throw new BusinessException("admin.indicator.cumulativeOfInvalid", base.getNameVi());
            }
        } else if (form.cumulativeOfId() != null) {
            throw new BusinessException("admin.indicator.cumulativeOfUnexpected");
        }
    }

    private void validate(Indicator indicator, TargetForm form, Target existing) {
        if (!indicator.getValueType().isNumeric()) {
            throw new BusinessException("admin.target.textIndicator");
        }
        if (form.year() < MIN_YEAR || form.year() > MAX_YEAR) {
            throw new BusinessException("admin.target.badYear", String.valueOf(MIN_YEAR), String.valueOf(MAX_YEAR));
        }
        if (form.comparator() == null || form.value() == null) {
            throw new BusinessException("admin.target.valueRequired");
        }
        if ((indicator.getLowerBound() != null && form.value().compareTo(indicator.getLowerBound()) < 0)
                || (indicator.getUpperBound() != null && form.value().compareTo(indicator.getUpperBound()) > 0)) {
            throw new BusinessException("admin.target.outOfBounds", VnFormat.number(form.value(), 4));
        }
        requireText(form.source(), 500);
        String unitType = blankToNull(form.unitTypeCode());
        if (unitType != null && !indicator.getUnitTypeCodes().contains(unitType)) {
            throw new BusinessException("admin.target.unitTypeNotReporting", unitType);
        }
        boolean duplicate = targets.findByIndicatorOrderByYearAsc(indicator).stream()
                .filter(t -> existing == null || !t.getId().equals(existing.getId()))
                .anyMatch(t -> t.getYear() == form.year() && Objects.equals(t.getUnitTypeCode(), unitType));
        if (duplicate) {
            throw new BusinessException("admin.target.duplicate", indicator.getNameVi(), String.valueOf(form.year()));
        }
    }

    private boolean hasStoredValues(Indicator indicator) {
        return storedValues.stream().anyMatch(values -> values.exist(indicator.getId()));
    }

    private boolean approvedIn(Indicator indicator, int year, String unitTypeCode) {
        return storedValues.stream().anyMatch(values -> values.approvedIn(indicator.getId(), year, unitTypeCode));
    }

    private void lockWhenStored(Indicator indicator, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            throw new BusinessException("admin.indicator.lockedByValues",
                    Text.of("admin.audit.field." + field), indicator.getNameVi());
        }
    }

    private void apply(Indicator indicator, IndicatorForm form) {
        indicator.setCumulativeRule(form.cumulativeRule());
        indicator.setCumulativeOf(form.cumulativeOfId() == null ? null : indicator(form.cumulativeOfId()));
        indicator.setAggregation(form.aggregation());
        indicator.setDisplayOrder(form.displayOrder() == null ? indicator.getDisplayOrder() : form.displayOrder());
        indicator.setLowerBound(form.lowerBound());
        indicator.setUpperBound(form.upperBound());
        indicator.setRequired(form.required());
        indicator.setSwingThreshold(form.swingThreshold());
        indicator.setSwingFloor(form.swingFloor());
        indicator.setHigherIsBetter(form.higherIsBetter());
        indicator.getUnitTypeCodes().clear();
        indicator.getUnitTypeCodes().addAll(form.unitTypeCodes());
        indicator.getExemptUnits().clear();
        if (form.exemptUnitIds() != null) {
            form.exemptUnitIds().forEach(id -> indicator.getExemptUnits().add(
                    units.find(id).orElseThrow(() -> new BusinessException("admin.unit.notFound"))));
        }
    }

    private IndicatorSection section(String code) {
        if (code == null) {
            throw new BusinessException("admin.section.notFound");
        }
        return sections.findById(code).orElseThrow(() -> new BusinessException("admin.section.notFound"));
    }

    private Target target(long id) {
        return targets.findById(id).orElseThrow(() -> new BusinessException("admin.target.notFound"));
    }

    private Set<String> exemptCodes(Indicator indicator) {
        Set<String> codes = new HashSet<>();
        indicator.getExemptUnits().forEach(u -> codes.add(u.getCode()));
        return codes;
    }

    private Set<String> exemptCodes(Set<Long> ids) {
        Set<String> codes = new HashSet<>();
        if (ids != null) {
            ids.forEach(id -> units.find(id).map(Unit::getCode).ifPresent(codes::add));
        }
        return codes;
    }

    private static Long idOf(Indicator indicator) {
        return indicator == null ? null : indicator.getId();
    }

    private static String targetKey(Target target) {
        return target.getIndicator().getCode() + " " + target.getYear()
                + (target.getUnitTypeCode() == null ? "" : " " + target.getUnitTypeCode());
    }

    private static String requireText(String text, int maxLength) {
        if (text == null || text.isBlank()) {
            throw new BusinessException("admin.required");
        }
        if (text.strip().length() > maxLength) {
            throw new BusinessException("admin.tooLong", String.valueOf(maxLength));
        }
        return text.strip();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** An indicator as the administrator enters it. {@code displayOrder} null keeps the current order. */
    public record IndicatorForm(String code, String sectionCode, String nameVi, String shortNameVi, String nameEn,
                                ValueType valueType, CumulativeRule cumulativeRule, Long cumulativeOfId,
                                Aggregation aggregation, Integer displayOrder, BigDecimal lowerBound,
                                BigDecimal upperBound, boolean required, BigDecimal swingThreshold,
                                BigDecimal swingFloor, boolean higherIsBetter, LocalDate validFrom, Set<String> unitTypeCodes,
                                Set<Long> exemptUnitIds) {

        /** The form filled with an indicator's current values. */
        public static IndicatorForm of(Indicator indicator) {
            Set<Long> exempt = new HashSet<>();
            indicator.getExemptUnits().forEach(u -> exempt.add(u.getId()));
            return new IndicatorForm(indicator.getCode(), indicator.getSection().getCode(), indicator.getNameVi(),
                    indicator.getShortNameVi(), indicator.getNameEn(), indicator.getValueType(),
                    indicator.getCumulativeRule(), idOf(indicator.getCumulativeOf()), indicator.getAggregation(),
                    indicator.getDisplayOrder(), indicator.getLowerBound(), indicator.getUpperBound(),
                    indicator.isRequired(), indicator.getSwingThreshold(), indicator.getSwingFloor(),
                    indicator.isHigherIsBetter(),
                    indicator.getValidFrom(), Set.copyOf(indicator.getUnitTypeCodes()), exempt);
        }
    }

    /** A target as the administrator enters it; {@code unitTypeCode} null = every unit type of the indicator. */
    public record TargetForm(int year, Comparator comparator, BigDecimal value, String unitTypeCode, String source) {
    }

    /** A target with plain values for the screen. */
    public record TargetView(long id, long indicatorId, String indicatorCode, String indicatorName, int year,
                             Comparator comparator, BigDecimal value, String unitTypeCode, String source) {
        static TargetView of(Target t) {
            return new TargetView(t.getId(), t.getIndicator().getId(), t.getIndicator().getCode(),
                    t.getIndicator().getNameVi(), t.getYear(), t.getComparator(), t.getValue(), t.getUnitTypeCode(),
                    t.getSource());
        }
    }
}
