package vn.cds.baocao.exchange.service.template;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cds.baocao.analytics.service.WindowMonth;
import vn.cds.baocao.base.error.BusinessException;
import vn.cds.baocao.base.format.VnFormat;
import vn.cds.baocao.base.i18n.Localizable;
import vn.cds.baocao.base.i18n.Messages;
import vn.cds.baocao.base.spreadsheet.UploadedWorkbook;
import vn.cds.baocao.exchange.service.WorkQueue;
import vn.cds.baocao.exchange.service.template.TemplateMeta.Kind;
import vn.cds.baocao.exchange.service.template.TemplateMeta.UnitStamp;
import vn.cds.baocao.exchange.service.template.TemplateReader.Place;
import vn.cds.baocao.exchange.service.template.TemplateReader.SectionLayout;
import vn.cds.baocao.exchange.service.template.TemplateReader.UnitInputs;
import vn.cds.baocao.exchange.service.template.TemplateWriter.AllUnitsTemplate;
import vn.cds.baocao.exchange.service.template.TemplateWriter.Column;
import vn.cds.baocao.exchange.service.template.TemplateWriter.SectionSheet;
import vn.cds.baocao.exchange.service.template.TemplateWriter.UnitCell;
import vn.cds.baocao.exchange.service.template.TemplateWriter.UnitLine;
import vn.cds.baocao.exchange.service.template.TemplateWriter.UnitRow;
import vn.cds.baocao.exchange.service.template.TemplateWriter.UnitTemplate;
import vn.cds.baocao.indicator.domain.Indicator;
import vn.cds.baocao.indicator.domain.IndicatorSection;
import vn.cds.baocao.indicator.service.IndicatorCatalog;
import vn.cds.baocao.indicator.service.ValueParser;
import vn.cds.baocao.organization.domain.Unit;
import vn.cds.baocao.organization.service.UnitDirectory;
import vn.cds.baocao.period.domain.PeriodLabels;
import vn.cds.baocao.period.domain.ReportingPeriod;
import vn.cds.baocao.period.service.PeriodDirectory;
import vn.cds.baocao.report.domain.Report;
import vn.cds.baocao.report.domain.ReportState;
import vn.cds.baocao.report.domain.ReportStatus;
import vn.cds.baocao.report.domain.ReportTransitions;
import vn.cds.baocao.report.domain.ReportValue;
import vn.cds.baocao.report.service.DraftsRefusedException;
import vn.cds.baocao.report.service.FieldIssue;
import vn.cds.baocao.report.service.FormLine;
import vn.cds.baocao.report.service.PreviousValues;
import vn.cds.baocao.report.service.ReportDirectory;
import vn.cds.baocao.report.service.ReportForm;
import vn.cds.baocao.report.service.ReportWorkflowService;
import vn.cds.baocao.report.service.UnitDraft;
import vn.cds.baocao.report.service.ValidationFailedException;
import vn.cds.baocao.security.domain.Role;
import vn.cds.baocao.security.service.AppUserDetails;
import vn.cds.baocao.security.service.CurrentUser;

/**
 * The Excel templates: a reporter downloads the template of their unit for a period, a reviewer the template of
 * every unit (one sheet per section, one row per unit); filled templates come back through {@link #importFile}.
 * An import goes through the workflow's own draft saving — a reporter's through
 * {@link ReportWorkflowService#saveDraft}, a reviewer's through {@link ReportWorkflowService#saveDraftsForUnits} —
 * so every value meets the form's rules, only drafts are written, a submitted or approved report is never
 * overwritten, and one bad cell refuses the whole file.
 */
@Service
@Transactional(readOnly = true)
public class TemplateService {

    /** Rows of a template's meta data sheet beside one per unit (marker, period, headers…). */
    private static final int META_SPARE_ROWS = 1000;

    private final ReportWorkflowService workflow;
    private final IndicatorCatalog catalog;
    private final PreviousValues previousValues;
    private final PeriodDirectory periods;
    private final UnitDirectory units;
    private final ReportDirectory reports;
    private final CurrentUser currentUser;
    private final WorkQueue work;

    public TemplateService(ReportWorkflowService workflow, IndicatorCatalog catalog, PreviousValues previousValues,
                           PeriodDirectory periods, UnitDirectory units, ReportDirectory reports,
                           CurrentUser currentUser, WorkQueue work) {
        this.workflow = workflow;
        this.catalog = catalog;
        this.previousValues = previousValues;
        this.periods = periods;
        this.units = units;
        this.reports = reports;
        this.currentUser = currentUser;
        this.work = work;
    }

    /** The periods the user can import for, newest first: a reporter's unit's periods, every period for a reviewer. */
    @PreAuthorize("hasAnyRole('REPORTER', 'REVIEWER')")
    public List<PeriodChoice> periods() {
        boolean reviewer = isReviewer();
        Unit unit = reviewer ? null : reporterUnit();
        if (!reviewer && unit == null) {
            return List.of();
        }
        return periods.newestFirst().stream()
                .filter(p -> unit == null || catalog.reportsIn(unit, p))
                .map(p -> new PeriodChoice(p.getId(), p.yearMonth().toString(), p.getLabel(), p.isOpen()))
                .toList();
    }

    /** The template of the reporter's unit, with the values already saved and the last approved ones as hints. */
    @PreAuthorize("hasRole('REPORTER')")
    public TemplateFile unitTemplate(long periodId) {
        ReportForm form = workflow.form(periodId);
        ReportingPeriod period = form.period();
        List<UnitLine> lines = new ArrayList<>();
        for (ReportForm.Section section : form.sections()) {
            for (FormLine line : section.lines()) {
                Indicator indicator = line.indicator();
                Object current = null;
                String explanation = line.explanation();
                if (line.noFigure() != null) {
                    // written back as typed: the phrase in the value cell, the reason in the explanation column
                    current = line.noFigure().words(Messages.VIETNAMESE);
                    explanation = line.noFigure().reason();
                } else if (!line.value().isEmpty()) {
                    current = indicator.getValueType().isNumeric()
                            ? ValueParser.parse(indicator, line.value()).number() : line.value();
                }
                String previous = line.previous() == null ? "" : previousText(indicator, line);
                lines.add(new UnitLine(indicator.getCode(), section.section().getNameVi(), indicator.getNameVi(),
                        measure(indicator), indicator.getValueType(), previous, current, line.computed(),
                        explanation, indicator.getLowerBound(), indicator.getUpperBound()));
            }
        }
        Unit unit = form.unit();
        byte[] content = new TemplateWriter().unit(new UnitTemplate(period.yearMonth().toString(),
                period.label(Messages.VIETNAMESE), window(period), VnFormat.date(form.deadline()), unit.getCode(),
                unit.getFullName(), status(form.status()), form.version(), lines));
        return new TemplateFile("mau-nhap_" + period.yearMonth() + "_" + unit.getCode() + ".xlsx", content);
    }

    /** The template of every unit reporting in the period: one sheet per section, one row per unit. */
    @PreAuthorize("hasRole('REVIEWER')")
    public TemplateFile allUnitsTemplate(long periodId) {
        ReportingPeriod period = period(periodId);
        PeriodCatalogView view = new PeriodCatalogView(catalog, previousValues, period);
        List<Unit> reporting = catalog.reportingUnits(period);
        Map<Long, Report> byUnit = new HashMap<>();
        reports.ofPeriod(period).forEach(r -> byUnit.put(r.getUnit().getId(), r));

        List<SectionSheet> sheets = new ArrayList<>();
        Map<String, Map<String, Object>> values = new LinkedHashMap<>();
        int number = 1;
        for (Map.Entry<IndicatorSection, List<Indicator>> section : view.bySection().entrySet()) {
            List<Indicator> indicators = section.getValue();
            List<Column> columns = indicators.stream().map(i -> new Column(i.getCode(),
                    WindowMonth.name(i.getShortNameVi(), period.summary(), Messages.VIETNAMESE)
                            + " (" + measure(i) + ")",
                    i.getValueType(), i.getLowerBound(),
                    i.getUpperBound())).toList();
            List<UnitRow> rows = new ArrayList<>();
            for (Unit unit : reporting) {
                if (indicators.stream().noneMatch(i -> view.applies(unit, i))) {
                    continue;
                }
                Report report = byUnit.get(unit.getId());
                List<UnitCell> cells = new ArrayList<>();
                for (Indicator indicator : indicators) {
                    boolean applies = view.applies(unit, indicator);
                    boolean computed = applies && view.computed(unit, indicator);
                    Object value = applies && !computed ? stored(report, indicator) : null;
                    cells.add(new UnitCell(applies, computed, value));
                    if (value != null) {
                        values.computeIfAbsent(unit.getCode(), c -> new HashMap<>()).put(indicator.getCode(), value);
                    }
                }
                values.computeIfAbsent(unit.getCode(), c -> new HashMap<>());
                rows.add(new UnitRow(unit.getCode(), unit.getShortName(),
                        status(report == null ? null : report.getStatus()), editable(report, period), cells));
            }
            if (!rows.isEmpty()) {
                sheets.add(new SectionSheet(number++ + ". " + section.getKey().getNameVi(), columns, rows));
            }
        }
        Map<String, UnitStamp> stamps = new LinkedHashMap<>();
        for (Unit unit : reporting) {
            if (values.containsKey(unit.getCode())) {
                Report report = byUnit.get(unit.getId());
                stamps.put(unit.getCode(), new UnitStamp(report == null ? -1 : report.getVersion(),
                        Fingerprint.of(values.get(unit.getCode()))));
            }
        }
        byte[] content = new TemplateWriter().allUnits(new AllUnitsTemplate(period.yearMonth().toString(),
                period.label(Messages.VIETNAMESE), window(period), sheets, stamps));
        return new TemplateFile("mau-nhap_" + period.yearMonth() + "_tat-ca-don-vi.xlsx", content);
    }

    /**
     * Imports a filled template of the chosen period as draft reports: all or nothing. Refusals: a file that is
     * not a plain .xlsx, too large or with macros; a template of another kind or period; a unit the user may not
     * report for; a formula, a date or an unreadable value in a cell (each listed with its place); more rows than
     * the template had; a submitted or approved report; a report changed since the template was downloaded.
     * The file is read as a stream, only as far as the template reaches. Runs only in a free place of the server's
     * {@link WorkQueue} (the screen queues the call there first); refused with "exchange.work.busy" otherwise.
     */
    @PreAuthorize("hasAnyRole('REPORTER', 'REVIEWER')")
    @Transactional
    public ImportResult importFile(long periodId, String fileName, byte[] content) {
        return work.runHere(() -> importNow(periodId, fileName, content));
    }

    private ImportResult importNow(long periodId, String fileName, byte[] content) {
        ReportingPeriod period = period(periodId);
        try (UploadedWorkbook workbook = UploadedWorkbook.open(fileName, content)) {
            TemplateMeta meta = TemplateMeta.read(workbook, (int) Math.min(units.count() + META_SPARE_ROWS,
                            Integer.MAX_VALUE)).orElseThrow(() -> new BusinessException("exchange.import.notTemplate"));
            if (!TemplateMeta.FORMAT_VERSION.equals(meta.formatVersion())) {
                throw new BusinessException("exchange.import.oldTemplate");
            }
            if (!period.yearMonth().toString().equals(meta.periodKey())) {
                throw new BusinessException("exchange.import.wrongPeriod", periodName(meta.periodKey()),
                        period.name());
            }
            PeriodCatalogView view = new PeriodCatalogView(catalog, previousValues, period);
            return meta.kind() == Kind.UNIT ? importUnit(period, view, workbook, meta)
                    : importAllUnits(period, view, workbook, meta);
        }
    }

    private ImportResult importUnit(ReportingPeriod period, PeriodCatalogView view, UploadedWorkbook workbook,
                                    TemplateMeta meta) {
        Unit unit = units.findByCode(meta.unitCode() == null ? "" : meta.unitCode())
                .orElseThrow(() -> new BusinessException("exchange.import.notTemplate"));
        AppUserDetails user = currentUser.require();
        boolean ownUnit = user.hasRole(Role.REPORTER) && unit.getId().equals(user.getUnitId());
        if (!ownUnit && !user.hasRole(Role.REVIEWER)) {
            throw new BusinessException("exchange.import.otherUnit", unit.getFullName(),
                    user.getUnitName() == null ? "—" : user.getUnitName());
        }
        TemplateReader reader = new TemplateReader(view, meta);
        UnitInputs inputs = reader.readUnit(workbook, unit);
        if (!reader.problems().isEmpty()) {
            throw new ImportRejectedException(reader.problems());
        }
        UnitStamp stamp = meta.units().getOrDefault(unit.getCode(), new UnitStamp(-1, ""));
        if (!ownUnit) {
            saveForUnits(period, List.of(inputs), Map.of(unit.getId(), stamp.version()));
            return new ImportResult(List.of(unit.getShortName()), List.of(), List.of());
        }
        ReportForm form;
        try {
            form = workflow.saveDraft(period.getId(), stamp.version(), inputs.inputs);
        } catch (ValidationFailedException refused) {
            throw new ImportRejectedException(valueProblems(inputs, refused.getResult().errors()));
        } catch (BusinessException refused) {
            throw unitRefusal(unit, refused);
        }
        List<Localizable> toFix = form.submissionCheck().issues().stream()
                .map(issue -> issueText(form, issue)).toList();
        return new ImportResult(List.of(unit.getShortName()), List.of(), toFix);
    }

    private ImportResult importAllUnits(ReportingPeriod period, PeriodCatalogView view, UploadedWorkbook workbook,
                                        TemplateMeta meta) {
        if (!currentUser.require().hasRole(Role.REVIEWER)) {
            throw new BusinessException("exchange.import.allUnitsForReviewers");
        }
        List<Unit> reporting = catalog.reportingUnits(period);
        Map<String, SectionLayout> layouts = new LinkedHashMap<>();
        int number = 1;
        for (Map.Entry<IndicatorSection, List<Indicator>> section : view.bySection().entrySet()) {
            List<Unit> rows = reporting.stream()
                    .filter(u -> section.getValue().stream().anyMatch(i -> view.applies(u, i))).toList();
            if (!rows.isEmpty()) {
                layouts.put(org.apache.poi.ss.util.WorkbookUtil.createSafeSheetName(
                        number++ + ". " + section.getKey().getNameVi()),
                        new SectionLayout(rows, section.getValue().size()));
            }
        }
        TemplateReader reader = new TemplateReader(view, meta);
        Map<Long, UnitInputs> found = reader.readAllUnits(workbook, new UnitNames(units.all(), units.aliases()),
                layouts);
        if (!reader.problems().isEmpty()) {
            throw new ImportRejectedException(reader.problems());
        }
        List<UnitInputs> changed = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        Map<Long, Long> versions = new HashMap<>();
        for (UnitInputs inputs : found.values()) {
            UnitStamp stamp = meta.units().get(inputs.unit.getCode());
            if (stamp != null && stamp.fingerprint().equals(Fingerprint.of(inputs.fingerprintValues))) {
                unchanged.add(inputs.unit.getShortName());
                continue;
            }
            changed.add(inputs);
            versions.put(inputs.unit.getId(), stamp == null ? currentVersion(inputs.unit, period) : stamp.version());
        }
        if (changed.isEmpty()) {
            return new ImportResult(List.of(), unchanged, List.of());
        }
        saveForUnits(period, changed, versions);
        return new ImportResult(changed.stream().map(u -> u.unit.getShortName()).toList(), unchanged, List.of());
    }

    private void saveForUnits(ReportingPeriod period, List<UnitInputs> changed, Map<Long, Long> versions) {
        Map<Long, UnitInputs> byUnit = new HashMap<>();
        changed.forEach(u -> byUnit.put(u.unit.getId(), u));
        try {
            workflow.saveDraftsForUnits(period.getId(), changed.stream()
                    .map(u -> new UnitDraft(u.unit.getId(), versions.get(u.unit.getId()), u.inputs)).toList());
        } catch (DraftsRefusedException refused) {
            List<ImportProblem> problems = new ArrayList<>();
            for (DraftsRefusedException.UnitRefusal refusal : refused.getRefusals()) {
                UnitInputs inputs = byUnit.get(refusal.unitId());
                if (refusal.reason() != null) {
                    problems.add(unitProblem(inputs, refusal.reason()));
                } else {
                    problems.addAll(valueProblems(inputs, refusal.values().errors()));
                }
            }
            throw new ImportRejectedException(problems);
        }
    }

    private static List<ImportProblem> valueProblems(UnitInputs inputs, List<FieldIssue> issues) {
        List<ImportProblem> problems = new ArrayList<>();
        for (FieldIssue issue : issues) {
            Place place = inputs.places.get(issue.indicatorId());
            problems.add(place == null
                    ? new ImportProblem(null, null, null, null, inputs.unit.getShortName(), issue.messageKey(),
                            issue.args())
                    : place.problem(inputs.unit.getShortName(), issue.messageKey(), issue.args()));
        }
        return problems;
    }

    private static ImportProblem unitProblem(UnitInputs inputs, BusinessException reason) {
        String key = "workflow.concurrentChange".equals(reason.getMessageKey())
                ? "exchange.import.changedSinceDownload" : reason.getMessageKey();
        Object[] args = key.equals(reason.getMessageKey()) ? reason.getArgs()
                : new Object[] {inputs.unit.getShortName()};
        Place row = inputs.row;
        return new ImportProblem(row == null ? null : row.sheet(), row == null ? null : row.row(),
                row == null ? null : row.column(), null, inputs.unit.getShortName(), key, args);
    }

    private static BusinessException unitRefusal(Unit unit, BusinessException refused) {
        if ("workflow.concurrentChange".equals(refused.getMessageKey())) {
            return new BusinessException("exchange.import.changedSinceDownload", unit.getShortName());
        }
        return refused;
    }

    private Localizable issueText(ReportForm form, FieldIssue issue) {
        String indicator = form.lines().stream().filter(l -> l.indicator().getId() == issue.indicatorId())
                .map(l -> l.indicator().getShortNameVi()).findFirst().orElse("");
        return locale -> indicator + ": " + issue.message(locale);
    }

    private long currentVersion(Unit unit, ReportingPeriod period) {
        return reports.states(List.of(period.getId())).stream().filter(r -> r.unitId() == unit.getId())
                .findFirst().map(ReportState::version).orElse(-1L);
    }

    private static Object stored(Report report, Indicator indicator) {
        if (report == null) {
            return null;
        }
        ReportValue value = report.valueOf(indicator).orElse(null);
        if (value == null) {
            return null;
        }
        if (value.getNoFigure() != null) {
            return Messages.get(Messages.VIETNAMESE, value.getNoFigure().messageKey());
        }
        return value.getNumericValue() != null ? value.getNumericValue() : value.getTextValue();
    }

    private static boolean editable(Report report, ReportingPeriod period) {
        return ReportTransitions.mayChange(report == null ? null : report.getStatus(), period.isOpen());
    }

    private ReportingPeriod period(long periodId) {
        return periods.find(periodId).orElseThrow(() -> new BusinessException("workflow.periodNotFound"));
    }

    private Unit reporterUnit() {
        Long unitId = currentUser.require().getUnitId();
        return unitId == null ? null : units.find(unitId).orElse(null);
    }

    private boolean isReviewer() {
        return currentUser.require().hasRole(Role.REVIEWER);
    }

    /** The name of the template's period, in the reader's language; the key itself when there is no such period. */
    private Object periodName(String key) {
        try {
            java.time.YearMonth month = java.time.YearMonth.parse(key);
            return periods.find(month).<Object>map(ReportingPeriod::name).orElse(key);
        } catch (java.time.format.DateTimeParseException e) {
            return key;
        }
    }

    private static String previousText(Indicator indicator, FormLine line) {
        String value = line.previous().number() != null
                ? ValueParser.display(indicator, line.previous().number())
                : line.previous().text() == null ? "" : line.previous().text();
        return value + " (" + line.previous().period().label(Messages.VIETNAMESE) + ")";
    }

    private static String window(ReportingPeriod period) {
        return VnFormat.date(period.getDataFrom()) + " – " + VnFormat.date(period.getDataTo());
    }

    private static String measure(Indicator indicator) {
        return Messages.get(Messages.VIETNAMESE, "exchange.unitOfMeasure." + indicator.getValueType().name());
    }

    private static String status(ReportStatus status) {
        return Messages.get(Messages.VIETNAMESE, "report.status." + (status == null ? "NONE" : status.name()));
    }

    /** A period the user can download a template for. */
    public record PeriodChoice(long id, String key, String label, boolean open) {

        /** The period's name in the reader's language ({@link PeriodLabels}). */
        public String label(Locale locale) {
            return PeriodLabels.of(YearMonth.parse(key), locale);
        }
    }

    /** A template ready to download. */
    public record TemplateFile(String fileName, byte[] content) {
    }

    /**
     * @param savedUnits     units whose draft was saved
     * @param unchangedUnits units whose values in the file were those already saved (left alone)
     * @param toFix          what the saved draft still needs before it can be submitted (a reporter's import)
     */
    /** @param toFix what the unit still has to correct before submitting, written in the reader's language */
    public record ImportResult(List<String> savedUnits, List<String> unchangedUnits, List<Localizable> toFix) {
    }
}
