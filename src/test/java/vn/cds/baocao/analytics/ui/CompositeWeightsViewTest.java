package vn.cds.baocao.analytics.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.cds.baocao.analytics.service.CompositeWeightService;
import vn.cds.baocao.analytics.service.CompositeWeightService.WeightRow;
import vn.cds.baocao.base.i18n.Messages;
import vn.cds.baocao.shell.ui.AccessDeniedView;
import vn.cds.baocao.support.CdsSpringTest;

/** The administrator's ranking weights: saved when valid, refused with a message when not. */
@CdsSpringTest
class CompositeWeightsViewTest extends SpringBrowserlessTest {

    @Autowired
    CompositeWeightService service;

    private long esigned;

    @AfterEach
    @WithUserDetails("admin")
    void restore() {
        if (esigned != 0) {
            service.save(esigned, BigDecimal.ONE, null, Messages.VIETNAMESE);
        }
    }

    @Test
    @WithUserDetails("admin")
    void anAdministratorChangesAWeight() {
        navigate(CompositeWeightsView.class);
        esigned = row("esigned_doc_pct").indicatorId();
        TextField weight = cell(2);
        assertThat(weight.getValue()).isEqualTo("1");
        test(weight).setValue("2,5");
        save();
        assertThat(row("esigned_doc_pct").weight()).isEqualByComparingTo("2.5");
    }

    @Test
    @WithUserDetails("admin")
    void badInputIsRefusedAndNothingIsSaved() {
        navigate(CompositeWeightsView.class);
        esigned = row("esigned_doc_pct").indicatorId();
        TextField weight = cell(2);
        TextField decimals = cell(4);
        test(weight).setValue("nhiều");
        save();
        assertThat(weight.isInvalid()).isTrue();
        assertThat(weight.getErrorMessage()).startsWith("Vui lòng nhập một số");
        test(weight).setValue("150");
        save();
        assertThat(row("esigned_doc_pct").weight()).isEqualByComparingTo("1");
        test(weight).setValue("1");
        test(decimals).setValue("9");
        save();
        assertThat(test($(com.vaadin.flow.component.notification.Notification.class).last()).getText())
                .isEqualTo("Số lẻ dòng TỔNG phải là số nguyên từ 0 đến 4, hoặc để trống.");
        assertThat(row("esigned_doc_pct").totalDecimals()).isNull();
    }

    @Test
    @WithUserDetails("leader")
    void leadersCannotOpenIt() {
        UI.getCurrent().navigate(CompositeWeightsView.class);
        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
    }

    @SuppressWarnings("unchecked")
    private <T extends com.vaadin.flow.component.Component> T cell(int column) {
        Grid<WeightRow> grid = $(Grid.class).single();
        int index = 0;
        while (test(grid).getRow(index).indicatorId() != esigned) {
            index++;
        }
        return (T) test(grid).getCellComponent(index, column);
    }

    private void save() {
        Button button = cell(5);
        test(button).click();
    }

    private WeightRow row(String code) {
        return service.weights(Messages.VIETNAMESE).stream().filter(w -> w.indicatorName().startsWith(
                code.equals("esigned_doc_pct") ? "Tỷ lệ văn bản điện tử được ký số" : code)).findFirst().orElseThrow();
    }
}
