package vn.cds.baocao.review.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.grid.Grid;
import vn.cds.baocao.review.service.ReviewLine;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.cds.baocao.indicator.domain.Indicator;
import vn.cds.baocao.period.domain.ReportingPeriod;
import vn.cds.baocao.report.domain.ReportRepository;
import vn.cds.baocao.report.domain.ReportStatus;
import vn.cds.baocao.report.service.FieldInput;
import vn.cds.baocao.report.service.ReportForm;
import vn.cds.baocao.report.service.ReportWorkflowService;
import vn.cds.baocao.support.CdsSpringTest;
import vn.cds.baocao.support.ReportFixture;
import vn.cds.baocao.support.SignIn;

/** The review screen: explanations shown as text, a return needs a reason. */
@CdsSpringTest
class ReviewReportViewTest extends SpringBrowserlessTest {

    private static final String MARKUP = "<script>alert('x')</script><img src=x onerror=alert(1)>";

    @Autowired
    ReportFixture fixture;
    @Autowired
    ReportWorkflowService workflow;
    @Autowired
    SignIn signIn;
    @Autowired
    ReportRepository reports;

    @Test
    @WithUserDetails("reviewer")
    void explanationsAreShownAsTextAndAReturnWithoutReasonIsNotSent() {
        long reportId = submittedWithExplanation();

        navigate(ReviewReportView.class, reportId);
        @SuppressWarnings("unchecked")
        Grid<ReviewLine> grid = $(Grid.class).single();
        var lines = test(grid);
        int row = 0;
        while (!"official_email_pct".equals(lines.getRow(row).indicator().getCode())) {
            row++;
        }
        Component issues = lines.getCellComponent(row, "issues");
        assertThat($(Span.class, issues).all()).extracting(Span::getText).contains("Giải trình: " + MARKUP);
        assertThat($(Html.class, issues).all()).isEmpty();

        Button returnButton = $(Button.class).id("return-report");
        test(returnButton).click();
        test($(Button.class).id("confirm-reason")).click();
        TextArea reason = $(TextArea.class).id("review-reason");
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Vui lòng nhập lý do.");
        assertThat(reports.findById(reportId).orElseThrow().getStatus()).isEqualTo(ReportStatus.SUBMITTED);

        test(reason).setValue("Đề nghị giải trình rõ hơn");
        test($(Button.class).id("confirm-reason")).click();
        assertThat(reports.findById(reportId).orElseThrow().getStatus()).isEqualTo(ReportStatus.RETURNED);
        assertThat($(Dialog.class).all()).noneMatch(Dialog::isOpened);
    }

    private long submittedWithExplanation() {
        ReportingPeriod period = fixture.freePeriod("SO_TTTT");
        Map<Long, FieldInput> values = new HashMap<>(fixture.validInputs("SO_TTTT", period));
        Indicator email = fixture.indicator("SO_TTTT", period, "official_email_pct");
        values.put(email.getId(), new FieldInput(values.get(email.getId()).value(), MARKUP));
        var previous = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        signIn.as("dv.so_tttt");
        ReportForm draft = workflow.saveDraft(period.getId(), -1, values);
        long id = workflow.submit(draft.reportId(), draft.version()).reportId();
        org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(previous);
        return id;
    }
}
