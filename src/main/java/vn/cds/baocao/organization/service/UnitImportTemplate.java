package vn.cds.baocao.organization.service;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.cds.baocao.base.csv.CsvWriter;
import vn.cds.baocao.base.i18n.Messages;
import vn.cds.baocao.organization.domain.UnitType;

/**
 * The empty unit import template: the header row of {@link UnitImportColumn}, and in the workbook a second sheet
 * listing the unit types a cell of "Loại đơn vị" may name. The date column is text in the workbook, so a date typed
 * as 01/07/2025 stays as typed whatever the spreadsheet's language.
 */
final class UnitImportTemplate {

    private static final String TYPES_SHEET = "Loại đơn vị";
    private static final int[] WIDTHS = {28, 60, 30, 18, 28, 24};

    private UnitImportTemplate() {
    }

    static byte[] csv() {
        return CsvWriter.toBytes(headers(), List.of());
    }

    static byte[] xlsx(List<UnitType> types) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));

            Sheet units = workbook.createSheet(UnitImportFile.SHEET);
            Row header = units.createRow(0);
            UnitImportColumn[] columns = UnitImportColumn.values();
            for (int c = 0; c < columns.length; c++) {
                header.createCell(c).setCellValue(columns[c].header());
                header.getCell(c).setCellStyle(bold);
                units.setColumnWidth(c, WIDTHS[c] * 256);
                units.setDefaultColumnStyle(c, text);
            }
            units.createFreezePane(0, 1);

            Sheet list = workbook.createSheet(TYPES_SHEET);
            Row typeHeader = list.createRow(0);
            typeHeader.createCell(0).setCellValue(Messages.get(Messages.VIETNAMESE, "admin.unitImport.typeCode"));
            typeHeader.createCell(1).setCellValue(Messages.get(Messages.VIETNAMESE, "admin.unitImport.typeName"));
            typeHeader.getCell(0).setCellStyle(bold);
            typeHeader.getCell(1).setCellStyle(bold);
            for (int i = 0; i < types.size(); i++) {
                Row row = list.createRow(i + 1);
                row.createCell(0).setCellValue(types.get(i).getCode());
                row.createCell(1).setCellValue(types.get(i).getNameVi());
            }
            list.setColumnWidth(0, 22 * 256);
            list.setColumnWidth(1, 50 * 256);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> headers() {
        return Arrays.stream(UnitImportColumn.values()).map(UnitImportColumn::header).toList();
    }
}
