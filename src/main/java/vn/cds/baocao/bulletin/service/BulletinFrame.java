package vn.cds.baocao.bulletin.service;

import java.time.LocalDate;
import java.util.List;
import vn.cds.baocao.analytics.service.PeriodRef;
import vn.cds.baocao.analytics.service.PeriodTableService.PeriodTables;
import vn.cds.baocao.exchange.service.document.ReportDocument;
import vn.cds.baocao.exchange.service.document.ReportDocumentBuilder;
import vn.cds.baocao.period.domain.ReportingPeriod;
import vn.cds.baocao.period.service.AgencySettings.AgencyProfile;

/**
 * The texts around the statistics — agency, office, title, subtitle, number and date lines, circulation, opening
 * and closing — exactly as the statistics document ("Báo cáo chuyên đề" DOCX) writes them: the same builder, fed
 * no tables, so the two documents never word their header differently.
 */
final class BulletinFrame {

    private BulletinFrame() {
    }

    static ReportDocument texts(ReportingPeriod period, AgencyProfile agency, int number, LocalDate issuedOn) {
        return texts(period, agency, number, issuedOn, 0, 0);
    }

    static ReportDocument texts(ReportingPeriod period, AgencyProfile agency, int number, LocalDate issuedOn,
                                long approvedReports, long expectedUnits) {
        PeriodRef ref = new PeriodRef(period.getId(), period.label(BulletinTexts.VI), period.yearMonth(),
                approvedReports, expectedUnits);
        return ReportDocumentBuilder.build(new PeriodTables(ref, null, List.of()), period, agency,
                Math.max(1, number), issuedOn);
    }
}
