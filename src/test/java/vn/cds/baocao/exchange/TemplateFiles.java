package vn.cds.baocao.exchange;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Fills and tampers with downloaded templates the way a user (or a mistake) would, with POI. */
final class TemplateFiles {

    static final int UNIT_CODE = 0;
    static final int UNIT_VALUE = 6;
    static final int UNIT_EXPLANATION = 7;
    static final int ALL_UNIT_CODE = 0;
    static final int ALL_UNIT_NAME = 2;
    static final int ALL_CODES_ROW = 4;
    static final int ALL_FIRST_INDICATOR = 4;

    private TemplateFiles() {
    }

    static byte[] edit(byte[] template, Consumer<XSSFWorkbook> change) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            change.accept(workbook);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The row of an indicator in the unit template (by the hidden code column). */
    static Row unitRow(Sheet sheet, String indicatorCode) {
        for (Row row : sheet) {
            Cell code = row.getCell(UNIT_CODE);
            if (row.getRowNum() >= 6 && code != null && indicatorCode.equals(code.getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no row for " + indicatorCode);
    }

    /** The row of a unit on a sheet of the all-units template (by the hidden code column). */
    static Row allUnitsRow(Sheet sheet, String unitCode) {
        for (Row row : sheet) {
            Cell code = row.getCell(ALL_UNIT_CODE);
            if (row.getRowNum() >= 6 && code != null && unitCode.equals(code.getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no row for " + unitCode + " on " + sheet.getSheetName());
    }

    /** The column of an indicator on a sheet of the all-units template, or −1. */
    static int allUnitsColumn(Sheet sheet, String indicatorCode) {
        Row codes = sheet.getRow(ALL_CODES_ROW);
        for (int c = ALL_FIRST_INDICATOR; c < codes.getLastCellNum(); c++) {
            if (codes.getCell(c) != null && indicatorCode.equals(codes.getCell(c).getStringCellValue())) {
                return c;
            }
        }
        return -1;
    }

    static Cell cell(Row row, int column) {
        Cell cell = row.getCell(column);
        return cell == null ? row.createCell(column) : cell;
    }

    /**
     * The workbook with {@code rows} more rows of typing below the template on that sheet, written with POI's
     * streaming writer (inline strings, as many generators write them).
     */
    static byte[] withManyRows(XSSFWorkbook template, String sheetName, int rows) {
        try (SXSSFWorkbook streaming = new SXSSFWorkbook(template, 200)) {
            Sheet sheet = streaming.getSheet(sheetName);
            int first = template.getSheet(sheetName).getLastRowNum() + 1;
            for (int r = first; r < first + rows; r++) {
                Row row = sheet.createRow(r);
                row.createCell(UNIT_CODE).setCellValue("dong_" + r);
                row.createCell(3).setCellValue("Dòng thêm " + r);
                row.createCell(UNIT_VALUE).setCellValue(r % 100);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            streaming.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same zip with {@code spaces} blanks inserted after the opening of that sheet's data. */
    static byte[] withPaddedSheet(byte[] zip, String entryName, int spaces) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ByteArrayOutputStream bytes = new ByteArrayOutputStream();
             ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals(entryName)) {
                    String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    int at = xml.indexOf("<sheetData>") + "<sheetData>".length();
                    out.write(xml.substring(0, at).getBytes(StandardCharsets.UTF_8));
                    byte[] blanks = new byte[1024 * 1024];
                    java.util.Arrays.fill(blanks, (byte) ' ');
                    for (int written = 0; written < spaces; written += blanks.length) {
                        out.write(blanks);
                    }
                    out.write(xml.substring(at).getBytes(StandardCharsets.UTF_8));
                } else {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
            out.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same zip with one more entry, e.g. a VBA project. */
    static byte[] withEntry(byte[] zip, String name, byte[] content) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ByteArrayOutputStream bytes = new ByteArrayOutputStream();
             ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                in.transferTo(out);
                out.closeEntry();
            }
            out.putNextEntry(new ZipEntry(name));
            out.write(content);
            out.closeEntry();
            out.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
