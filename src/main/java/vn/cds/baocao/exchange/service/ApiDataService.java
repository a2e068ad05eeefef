package vn.cds.baocao.exchange.service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cds.baocao.analytics.service.RankingService;
import vn.cds.baocao.analytics.service.RankingService.RankingTable;
import vn.cds.baocao.base.error.BusinessException;
import vn.cds.baocao.base.i18n.Messages;
import vn.cds.baocao.exchange.service.ApiPackets.Header;
import vn.cds.baocao.exchange.service.ApiPackets.Packet;
import vn.cds.baocao.exchange.service.ApiPackets.PacketType;
import vn.cds.baocao.indicator.domain.Indicator;
import vn.cds.baocao.indicator.domain.IndicatorSection;
import vn.cds.baocao.indicator.domain.Target;
import vn.cds.baocao.indicator.service.IndicatorCatalog;
import vn.cds.baocao.indicator.service.IndicatorCatalog.CatalogEntry;
import vn.cds.baocao.indicator.service.Targets;
import vn.cds.baocao.indicator.service.Verdict;
import vn.cds.baocao.organization.domain.Unit;
import vn.cds.baocao.organization.domain.UnitSummary;
import vn.cds.baocao.organization.domain.UnitType;
import vn.cds.baocao.organization.service.UnitDirectory;
import vn.cds.baocao.period.domain.ReportingPeriod;
import vn.cds.baocao.period.service.AgencySettings;
import vn.cds.baocao.period.service.AgencySettings.AgencyProfile;
import vn.cds.baocao.period.service.DeadlineService;
import vn.cds.baocao.period.service.PeriodDirectory;
import vn.cds.baocao.report.domain.ApprovedFigure;
import vn.cds.baocao.report.domain.ApprovedNoFigure;
import vn.cds.baocao.report.domain.ReportState;
import vn.cds.baocao.report.domain.ReportStatus;
import vn.cds.baocao.report.service.ApprovedFigures;
import vn.cds.baocao.report.service.ReportDirectory;

/**
 * What the read-only JSON API answers. Values leave only from approved reports ({@link ApprovedFigures});
 * statuses are metadata and cover every unit. Texts are Vietnamese, the language of the province's records.
 */
@Service
@Transactional(readOnly = true)
public class ApiDataService {

    /** The one report regime of this system: the monthly CĐS report. */
    public static final String REGIME_CODE = "CDS_HANG_THANG";
    static final String PACKET_VERSION = "1.0";

    private final PeriodDirectory periods;
    private final UnitDirectory units;
    private final IndicatorCatalog catalog;
    private final Targets targets;
    private final ApprovedFigures figures;
    private final ReportDirectory reports;
    private final DeadlineService deadlines;
    private final AgencySettings agency;
    private final RankingService rankings;
    private final Clock clock;

    public ApiDataService(PeriodDirectory periods, UnitDirectory units, IndicatorCatalog catalog, Targets targets,
                          ApprovedFigures figures, ReportDirectory reports, DeadlineService deadlines,
                          AgencySettings agency, RankingService rankings, Clock clock) {
        this.periods = periods;
        this.units = units;
        this.catalog = catalog;
        this.targets = targets;
        this.figures = figures;
        this.reports = reports;
        this.deadlines = deadlines;
        this.agency = agency;
        this.rankings = rankings;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('API')")
    public Packet<List<ApiPackets.Regime>> regimes() {
        AgencyProfile profile = agency.current();
        List<ApiPackets.Section> sections = new ArrayList<>();
        periods.newestFirst().stream().findFirst().ifPresent(latest ->
                catalog.entries(latest).stream().map(CatalogEntry::section).distinct()
                        .forEach(s -> sections.add(section(s))));
        return packet(PacketType.CHE_DO_BAO_CAO, null, List.of(new ApiPackets.Regime(REGIME_CODE,
                vi("exchange.api.regimeName"), "MONTHLY", profile.reviewingAgency(), profile.steeringCommittee(),
                profile.provinceName(), sections)));
    }

    @PreAuthorize("hasRole('API')")
    public Packet<List<ApiPackets.Period>> periods() {
        return packet(PacketType.KY_BAO_CAO, null, periods.newestFirst().stream()
                .map(ApiDataService::period).toList());
    }

    /** Every unit, or the units expected to report in a period when {@code periodCode} is given. */
    @PreAuthorize("hasRole('API')")
    public Packet<List<ApiPackets.Unit>> units(String periodCode) {
        periodCode = blankToNull(periodCode);
        ReportingPeriod period = periodCode == null ? null : periodParameter(periodCode);
        return packet(PacketType.DANH_MUC_DON_VI, periodCode, units.all().stream()
                .filter(u -> period == null || catalog.reportsIn(u, period))
                .map(ApiDataService::unit).toList());
    }

    /** The period's indicators (as the period opened with them) and the targets of its year. */
    @PreAuthorize("hasRole('API')")
    public Packet<List<ApiPackets.Indicator>> indicators(String periodCode) {
        ReportingPeriod period = period(periodCode);
        Map<Long, List<ApiPackets.Target>> byIndicator = new HashMap<>();
        targets.ofYear(period.getYear()).stream()
                .sorted(Comparator.comparing((Target t) -> t.getUnitTypeCode() == null ? "" : t.getUnitTypeCode()))
                .forEach(t -> byIndicator.computeIfAbsent(t.getIndicator().getId(), id -> new ArrayList<>())
                        .add(new ApiPackets.Target(t.getYear(), t.getComparator().name(), plain(t.getValue()),
                                t.getUnitTypeCode(), t.getSource())));
        List<ApiPackets.Indicator> list = catalog.entries(period).stream().map(entry -> {
            Indicator i = entry.indicator();
            return new ApiPackets.Indicator(i.getCode(), section(entry.section()), i.getNameVi(), i.getShortNameVi(),
                    i.getNameEn(), i.getValueType().name(), vi("exchange.unitOfMeasure." + i.getValueType().name()),
                    i.getCumulativeRule().name(), i.getAggregation().name(), i.isHigherIsBetter(),
                    entry.unitTypeCodes().stream().sorted().toList(),
                    byIndicator.getOrDefault(i.getId(), List.of()));
        }).toList();
        return packet(PacketType.DANH_MUC_CHI_TIEU, periodCode, list);
    }

    /** The approved values of a period, per unit; {@code unitCode} narrows to one unit. */
    @PreAuthorize("hasRole('API')")
    public Packet<ApiPackets.Data> data(String periodCode, String unitCode) {
        ReportingPeriod period = period(periodCode);
        unitCode = blankToNull(unitCode);
        Long unitId = unitCode == null ? null : unitParameter(unitCode).getId();
        Map<Long, UnitSummary> unitsById = new HashMap<>();
        units.summaries().forEach(u -> unitsById.put(u.id(), u));
        Map<Long, Indicator> indicatorsById = new HashMap<>();
        catalog.all().forEach(i -> indicatorsById.put(i.getId(), i));
        List<ApprovedFigure> approved = new ArrayList<>(unitId == null ? figures.ofPeriod(period.getId())
                : figures.ofUnits(period.getId(), List.of(unitId)));
        // a value without figure travels as its mark and reason, in the place of its indicator
        Map<String, ApprovedNoFigure> marks = new HashMap<>();
        for (ApprovedNoFigure mark : figures.noFigures(period.getId(), unitId == null ? null : List.of(unitId))) {
            marks.put(mark.unitId() + ":" + mark.indicatorId(), mark);
            approved.add(new ApprovedFigure(mark.unitId(), mark.indicatorId(), null, null, mark.approvedAt()));
        }
        approved.sort(Comparator.comparing((ApprovedFigure v) -> unitsById.get(v.unitId()).displayOrder())
                .thenComparing(ApprovedFigure::unitId)
                .thenComparing(v -> indicatorsById.get(v.indicatorId()).getDisplayOrder())
                .thenComparing(ApprovedFigure::indicatorId));
        Map<String, List<ApiPackets.Value>> values = new LinkedHashMap<>();
        Map<String, ApprovedFigure> first = new HashMap<>();
        for (ApprovedFigure v : approved) {
            String code = unitsById.get(v.unitId()).code();
            ApprovedNoFigure mark = marks.get(v.unitId() + ":" + v.indicatorId());
            values.computeIfAbsent(code, c -> new ArrayList<>())
                    .add(mark != null ? new ApiPackets.Value(indicatorsById.get(v.indicatorId()).getCode(), null,
                            null, mark.kind().name(), mark.reason())
                            : new ApiPackets.Value(indicatorsById.get(v.indicatorId()).getCode(), plain(v.number()),
                            v.text()));
            first.putIfAbsent(code, v);
        }
        List<ApiPackets.UnitReport> reports = values.entrySet().stream()
                .map(e -> new ApiPackets.UnitReport(e.getKey(), first.get(e.getKey()).approvedAt(), e.getValue()))
                .toList();
        return packet(PacketType.DU_LIEU_BAO_CAO, periodCode, new ApiPackets.Data(reports));
    }

    /** Where every expected unit's report of the period stands, with the unit's deadline. No values. */
    @PreAuthorize("hasRole('API')")
    public Packet<List<ApiPackets.ReportStatus>> reportStatus(String periodCode) {
        ReportingPeriod period = period(periodCode);
        Map<Long, ReportState> states = new HashMap<>();
        reports.states(List.of(period.getId())).forEach(s -> states.put(s.unitId(), s));
        List<ApiPackets.ReportStatus> rows = new ArrayList<>();
        for (Unit unit : units.all()) {
            ReportState state = states.get(unit.getId());
            if (state == null && !catalog.reportsIn(unit, period)) {
                continue;
            }
            boolean approved = state != null && state.status() == ReportStatus.APPROVED;
            rows.add(new ApiPackets.ReportStatus(unit.getCode(), state == null ? "NOT_STARTED" : state.status().name(),
                    deadlines.deadlineFor(unit, period), state == null ? null : state.firstSubmittedAt(),
                    approved ? state.reviewedAt() : null));
        }
        return packet(PacketType.TRANG_THAI_BAO_CAO, periodCode, rows);
    }

    /** Units ranked on one indicator of the period, from approved figures (the leaders' ranking). */
    @PreAuthorize("hasRole('API')")
    public Packet<ApiPackets.Ranking> ranking(String periodCode, String indicatorCode, String unitTypeCode) {
        ReportingPeriod period = period(periodCode);
        Indicator indicator = catalog.forPeriod(period).stream().filter(i -> i.getCode().equals(indicatorCode))
                .findFirst().orElseThrow(() -> new BusinessException("exchange.api.error.indicatorNotFound",
                        indicatorCode, period.label(Messages.VIETNAMESE)));
        if (!indicator.getValueType().isNumeric()) {
            throw new BusinessException("exchange.api.error.indicatorNotRanked", indicatorCode);
        }
        unitTypeCode = unitTypeParameter(blankToNull(unitTypeCode));
        RankingTable table = rankings.ranking(period.getId(), indicator.getId(), unitTypeCode, Messages.VIETNAMESE);
        List<ApiPackets.RankingRow> rows = table.rows().stream().map(r -> new ApiPackets.RankingRow(r.rank(),
                r.unit().code(), r.state().name(), plain(r.value()),
                r.verdict() == Verdict.NONE ? null : r.verdict().name(),
                r.previousRank())).toList();
        return packet(PacketType.XEP_HANG, periodCode, new ApiPackets.Ranking(indicator.getCode(),
                indicator.getNameVi(), unitTypeCode, plain(table.target()), table.previous(), rows));
    }

    /** The period of the address (…/periods/2024-07/…): not a period → 400, no such period → 404. */
    private ReportingPeriod period(String code) {
        YearMonth month = month(code);
        return periods.find(month)
                .orElseThrow(() -> new NotFoundException("exchange.api.error.periodNotFound", code));
    }

    /** The query parameter {@code period}: anything but an existing period is a bad request (400). */
    private ReportingPeriod periodParameter(String code) {
        YearMonth month = month(code);
        return periods.find(month)
                .orElseThrow(() -> new BusinessException("exchange.api.error.unknownPeriodParameter", code));
    }

    private static YearMonth month(String code) {
        try {
            return YearMonth.parse(Objects.requireNonNullElse(code, ""));
        } catch (DateTimeParseException e) {
            throw new BusinessException("exchange.api.error.badPeriodParameter", code);
        }
    }

    /** The query parameter {@code unit}: an unknown code is a bad request (400), not an empty answer. */
    private Unit unitParameter(String code) {
        return units.findByCode(code).orElseThrow(() -> new BusinessException("exchange.api.error.unknownUnit",
                code));
    }

    /** The query parameter {@code unitType}: null (all types) or an existing type code, else 400. */
    private String unitTypeParameter(String code) {
        if (code == null) {
            return null;
        }
        List<String> known = units.types().stream().map(UnitType::getCode).toList();
        if (!known.contains(code)) {
            throw new BusinessException("exchange.api.error.unknownUnitType", code, String.join(", ", known));
        }
        return code;
    }

    private <T> Packet<T> packet(PacketType type, String period, T data) {
        AgencyProfile profile = agency.current();
        return new Packet<>(new Header(type, PACKET_VERSION, REGIME_CODE, period,
                new ApiPackets.Sender(profile.reviewingAgency(), profile.provinceName()),
                OffsetDateTime.now(clock).withNano(0)), data);
    }

    private static ApiPackets.Period period(ReportingPeriod p) {
        return new ApiPackets.Period(p.yearMonth().toString(), p.label(Messages.VIETNAMESE), p.getYear(), p.getMonth(),
                p.getDataFrom(), p.getDataTo(), p.getDeadline(), p.getStatus().name());
    }

    private static ApiPackets.Unit unit(Unit u) {
        return new ApiPackets.Unit(u.getCode(), u.getFullName(), u.getShortName(), u.getType().getCode(),
                u.getType().getNameVi(), u.getParent() == null ? null : u.getParent().getCode(), u.getValidFrom(),
                u.getValidTo(), u.getSuccessor() == null ? null : u.getSuccessor().getCode());
    }

    private static ApiPackets.Section section(IndicatorSection section) {
        return new ApiPackets.Section(section.getCode(), section.name(Messages.VIETNAMESE));
    }

    /** 96.0000 → 96; 54.2000 → 54.2 (never 1E+2). */
    static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String vi(String key) {
        return Messages.get(Messages.VIETNAMESE, key);
    }

    /** Something the caller named does not exist (HTTP 404). */
    public static class NotFoundException extends BusinessException {
        public NotFoundException(String messageKey, Object... args) {
            super(messageKey, args);
        }
    }
}
