package vn.cds.baocao.exchange.service.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cds.baocao.analytics.service.PeriodTableService;
import vn.cds.baocao.analytics.service.PeriodTableService.PeriodTables;
import vn.cds.baocao.base.error.BusinessException;
import vn.cds.baocao.exchange.service.WorkQueue;
import vn.cds.baocao.period.domain.ReportingPeriod;
import vn.cds.baocao.period.service.AgencySettings;
import vn.cds.baocao.period.service.PeriodDirectory;

/**
 * "Báo cáo chuyên đề": the statistics part of a period's report as DOCX, XLSX and PDF, from approved data only —
 * the dashboards' own tables ({@link PeriodTableService}), laid out by {@link ReportDocumentBuilder}. The header
 * names the agency, report number and date in force on the day of issue ({@link AgencySettings}).
 *
 * <p>Generation takes a few seconds for a large province: screens call it off the UI thread. Outside a UI the
 * analytics texts are Vietnamese, which the report always is.
 */
@Service
@Transactional(readOnly = true)
public class ReportDocumentService {

    public static final int MAX_REPORT_NUMBER = 9999;

    private final PeriodTableService tables;
    private final PeriodDirectory periods;
    private final AgencySettings agency;
    private final Clock clock;
    private final WorkQueue work;

    public ReportDocumentService(PeriodTableService tables, PeriodDirectory periods,
                                 AgencySettings agency, Clock clock, WorkQueue work) {
        this.tables = tables;
        this.periods = periods;
        this.agency = agency;
        this.clock = clock;
        this.work = work;
    }

    /** What the form proposes: number = the period's month (the seed reports' numbering), issued today. */
    @PreAuthorize("hasAnyRole('LEADER', 'REVIEWER')")
    public DocumentRequest defaults(long periodId) {
        ReportingPeriod period = period(periodId);
        return new DocumentRequest(periodId, period.getMonth(), LocalDate.now(clock));
    }

    /** The report number as it will be printed, from the template in force on the day of issue. */
    @PreAuthorize("hasAnyRole('LEADER', 'REVIEWER')")
    public String reportNumber(int number, LocalDate issuedOn) {
        return agency.reportNumber(number, issuedOn);
    }

    /**
     * Generates the report in the requested formats. {@code progress} hears of each step (0–1), so a screen can
     * show how far it is. Runs only in a free place of the {@link WorkQueue} (screens go through
     * {@link DocumentJobs}, which waits for one); refused with "exchange.work.busy" otherwise.
     */
    @PreAuthorize("hasAnyRole('LEADER', 'REVIEWER')")
    public List<GeneratedFile> generate(DocumentRequest request, Set<DocumentFormat> formats, Progress progress) {
        return work.runHere(() -> generateNow(request, formats, progress));
    }

    private List<GeneratedFile> generateNow(DocumentRequest request, Set<DocumentFormat> formats, Progress progress) {
        if (formats.isEmpty()) {
            throw new BusinessException("exchange.document.noFormat");
        }
        if (request.number() < 1 || request.number() > MAX_REPORT_NUMBER) {
            throw new BusinessException("exchange.document.badNumber", String.valueOf(MAX_REPORT_NUMBER));
        }
        if (request.issuedOn() == null) {
            throw new BusinessException("exchange.document.dateRequired");
        }
        ReportingPeriod period = period(request.periodId());
        int steps = formats.size() + 1;
        progress.update(0, "exchange.document.step.tables");
        PeriodTables periodTables = tables.tables(period.getId(), null, ReportDocumentBuilder.VI);
        ReportDocument report = ReportDocumentBuilder.build(periodTables, period, agency.on(request.issuedOn()),
                request.number(), request.issuedOn());
        List<GeneratedFile> files = new ArrayList<>();
        int step = 1;
        for (DocumentFormat format : EnumSet.copyOf(formats)) {
            progress.update((double) step / steps, "exchange.document.step." + format.name());
            files.add(new GeneratedFile(format, report.fileBaseName() + "." + format.extension(), write(report, format)));
            step++;
        }
        progress.update(1, "exchange.document.step.done");
        return List.copyOf(files);
    }

    private static byte[] write(ReportDocument report, DocumentFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            switch (format) {
                case DOCX -> new DocxReportWriter().write(report, out);
                case XLSX -> new XlsxReportWriter().write(report, out);
                case PDF -> new PdfReportWriter().write(report, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private ReportingPeriod period(long periodId) {
        return periods.find(periodId).orElseThrow(() -> new BusinessException("exchange.document.periodNotFound"));
    }

    /** What to generate: the period, the report's number and its day of issue. */
    public record DocumentRequest(long periodId, int number, LocalDate issuedOn) {
    }

    /** One generated file. */
    public record GeneratedFile(DocumentFormat format, String fileName, byte[] content) {
    }

    /** Hears how far a generation is; the step is a message key. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (fraction, stepKey) -> { };

        void update(double fraction, String stepKey);
    }
}
