package vn.cds.baocao.exchange.service.template;

import com.sun.management.ThreadMXBean;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.cds.baocao.base.spreadsheet.SheetXmlHandler.Limits;
import vn.cds.baocao.base.spreadsheet.SheetXmlHandler.OutsideTemplate;
import vn.cds.baocao.base.spreadsheet.UploadedWorkbook;

/**
 * What one big upload costs: a workbook of 450.000 rows (the size of the uploads) opened the old way, as a
 * whole {@code XSSFWorkbook}, and the new way, streamed row by row until the template's last row. A main class in
 * src/test (not a test): see docs/benchmarks.md for the command and the figures.
 */
public final class UploadBenchmark {

    private static final int TEMPLATE_ROWS = 46;
    private static final int ROWS = 450_000;

    private UploadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        byte[] file = workbook();
        System.out.printf("Workbook: %,d rows, %,d bytes%n", TEMPLATE_ROWS + ROWS, file.length);
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        for (int round = 1; round <= 3; round++) {
            long allocated = threads.getCurrentThreadAllocatedBytes();
            long start = System.nanoTime();
            AtomicInteger rows = new AtomicInteger();
            try (UploadedWorkbook uploaded = UploadedWorkbook.open("mau.xlsx", file)) {
                uploaded.read(uploaded.sheet("Số liệu").orElseThrow(),
                        new Limits(TEMPLATE_ROWS - 1 + TemplateLayout.SPARE_ROWS, 7), row -> rows.incrementAndGet() > 0);
            } catch (OutsideTemplate refused) {
                report("streamed, refused at row " + (refused.row + 1), start, allocated, threads);
            }
        }
        for (int round = 1; round <= 2; round++) {
            long allocated = threads.getCurrentThreadAllocatedBytes();
            long start = System.nanoTime();
            AtomicInteger rows = new AtomicInteger();
            long[] mostInUse = new long[1];
            try (UploadedWorkbook uploaded = UploadedWorkbook.open("mau.xlsx", file)) {
                uploaded.read(uploaded.sheet("Số liệu").orElseThrow(), new Limits(1_000_000, 7), row -> {
                    if (rows.incrementAndGet() % 100_000 == 0) { // what stays in memory while reading
                        System.gc();
                        mostInUse[0] = Math.max(mostInUse[0], inUse());
                    }
                    return true;
                });
            }
            report("streamed, every row read (" + rows.get() + "), heap in use " + mostInUse[0] / 1024 / 1024
                    + " MB", start, allocated, threads);
        }
        for (int round = 1; round <= 2; round++) {
            System.gc();
            long allocated = threads.getCurrentThreadAllocatedBytes();
            long start = System.nanoTime();
            try (XSSFWorkbook whole = new XSSFWorkbook(new ByteArrayInputStream(file))) {
                System.gc();
                long used = inUse();
                report("XSSFWorkbook (before), " + whole.getSheet("Số liệu").getLastRowNum() + " rows, heap in use "
                        + used / 1024 / 1024 + " MB", start, allocated, threads);
            }
        }
    }

    private static long inUse() {
        return Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
    }

    private static void report(String what, long start, long allocatedBefore, ThreadMXBean threads) {
        System.out.printf("%-70s %8.0f ms %,10d MB allocated%n", what, (System.nanoTime() - start) / 1e6,
                (threads.getCurrentThreadAllocatedBytes() - allocatedBefore) / 1024 / 1024);
    }

    /** A unit template's shape (46 rows, columns A–H), then 450.000 rows below it: code, name, value (~9 MB). */
    private static byte[] workbook() throws Exception {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Sheet sheet = workbook.createSheet("Số liệu");
            for (int r = 0; r < TEMPLATE_ROWS + ROWS; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue("dong_" + r);
                row.createCell(3).setCellValue("Chỉ tiêu " + r);
                row.createCell(6).setCellValue(r % 100);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
