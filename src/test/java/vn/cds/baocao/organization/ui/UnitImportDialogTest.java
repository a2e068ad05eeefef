package vn.cds.baocao.organization.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import vn.cds.baocao.organization.domain.UnitRepository;
import vn.cds.baocao.organization.service.UnitImportService.PlannedUnit;
import vn.cds.baocao.organization.service.UnitImportProblem;
import vn.cds.baocao.support.CdsSpringTest;

/** "Nhập từ tệp" on the units screen: the preview of a good file, its confirmation, and a bad file's problems. */
@CdsSpringTest
@Transactional
@WithUserDetails("admin")
class UnitImportDialogTest extends SpringBrowserlessTest {

    private static final String HEADER = "Mã đơn vị,Tên đơn vị,Tên viết tắt,Loại đơn vị,Mã đơn vị cha,Hiệu lực từ\n";

    @Autowired
    UnitRepository units;

    @Test
    void aGoodFileIsPreviewedThenCreatedOnConfirmation() {
        UnitImportDialog dialog = openDialog();
        assertThat(dialog.confirm.isEnabled()).isFalse();
        dialog.received("xa.csv", utf8(HEADER + "IMPT_UI_A,UBND xã Giao Diện,UBND X.Giao Diện,COMMUNE,,01/07/2025\n"));
        assertThat(dialog.result.getElement().getTextRecursively())
                .contains("Tệp \"xa.csv\" hợp lệ: sẽ tạo 1 đơn vị.");
        assertThat(test(dialog.planned).size()).isEqualTo(1);
        PlannedUnit row = test(dialog.planned).getRow(0);
        assertThat(row.code()).isEqualTo("IMPT_UI_A");
        assertThat(test(dialog.planned).getCellText(0, 4)).isEqualTo("UBND xã, phường");
        assertThat(test(dialog.planned).getCellText(0, 6)).isEqualTo("01/07/2025");
        assertThat(units.findByCode("IMPT_UI_A")).as("nothing saved before the confirmation").isEmpty();

        test(dialog.confirm).click();
        assertThat(units.findByCode("IMPT_UI_A")).isPresent();
        assertThat(dialog.isOpened()).isFalse();
    }

    @Test
    void aBadFileListsItsProblemsByCellAndCannotBeConfirmed() {
        UnitImportDialog dialog = openDialog();
        dialog.received("xa.csv", utf8(HEADER + "IMPT_UI_B,UBND xã Sai,UBND X.Sai,XA,,01/07/2025\n"));
        assertThat(dialog.confirm.isEnabled()).isFalse();
        assertThat(test(dialog.problems).size()).isEqualTo(1);
        UnitImportProblem problem = test(dialog.problems).getRow(0);
        assertThat(test(dialog.problems).getCellText(0, 0)).startsWith("Dòng 2, cột 'Loại đơn vị': loại 'XA' không có");
        assertThat(problem.row()).isEqualTo(2);

        dialog.received("xa.txt", utf8("abc"));
        assertThat(dialog.result.getElement().getTextRecursively())
                .contains("Tệp \"xa.txt\" không phải tệp Excel (.xlsx) hay CSV (.csv).");
    }

    private UnitImportDialog openDialog() {
        navigate(UnitsView.class);
        test($(Button.class).id("unit-import")).click();
        return $(UnitImportDialog.class).single();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
