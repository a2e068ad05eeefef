package vn.cds.baocao.exchange.service.template;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.cds.baocao.base.error.BusinessException;

/**
 * Opens an uploaded file as a workbook, refusing with a clear reason what is not a plain .xlsx: too large, another
 * kind of file, the old .xls format, a workbook with macros. Zip bombs are stopped by POI's own limits
 * ({@code ZipSecureFile}).
 */
final class UploadedWorkbook {

    static final int MAX_BYTES = 10 * 1024 * 1024;
    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    private UploadedWorkbook() {
    }

    static XSSFWorkbook open(String fileName, byte[] content) {
        String name = fileName == null ? "" : fileName.strip();
        String lower = name.toLowerCase(Locale.ROOT);
        if (content == null || content.length == 0) {
            throw new BusinessException("exchange.import.empty", name);
        }
        if (content.length > MAX_BYTES) {
            throw new BusinessException("exchange.import.tooLarge", String.valueOf(MAX_BYTES / 1024 / 1024));
        }
        if (lower.endsWith(".xlsm") || lower.endsWith(".xltm") || lower.endsWith(".xlsb")) {
            throw new BusinessException("exchange.import.macro", name);
        }
        if (lower.endsWith(".xls") || startsWith(content, OLE2)) {
            throw new BusinessException("exchange.import.oldXls", name);
        }
        if (!lower.endsWith(".xlsx") || !startsWith(content, ZIP)) {
            throw new BusinessException("exchange.import.notXlsx", name);
        }
        if (hasMacros(content)) {
            throw new BusinessException("exchange.import.macro", name);
        }
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(new ByteArrayInputStream(content));
        } catch (InvalidFormatException | IOException | NotOfficeXmlFileException e) {
            throw new BusinessException("exchange.import.notXlsx", name);
        } catch (RuntimeException e) {
            // POI refuses archives that inflate suspiciously (zip bombs) or are damaged
            throw new BusinessException("exchange.import.notXlsx", name);
        }
        try {
            for (PackagePart part : pkg.getParts()) {
                String partName = part.getPartName().getName().toLowerCase(Locale.ROOT);
                if (partName.contains("vbaproject") || part.getContentType().toLowerCase(Locale.ROOT)
                        .contains("macroenabled")) {
                    pkg.revert();
                    throw new BusinessException("exchange.import.macro", name);
                }
            }
            return new XSSFWorkbook(pkg);
        } catch (InvalidFormatException | IOException e) {
            pkg.revert();
            throw new BusinessException("exchange.import.notXlsx", name);
        } catch (BusinessException e) {
            throw e;
        } catch (RuntimeException e) {
            // a Word or PowerPoint file renamed to .xlsx is a valid package but not a workbook
            pkg.revert();
            throw new BusinessException("exchange.import.notXlsx", name);
        }
    }

    /**
     * True when the archive holds a VBA project, read from its central directory only (nothing is inflated). A
     * damaged archive is left to POI, which refuses it.
     */
    private static boolean hasMacros(byte[] content) {
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(content)).get()) {
            for (ZipArchiveEntry entry : java.util.Collections.list(zip.getEntries())) {
                String entryName = entry.getName().toLowerCase(Locale.ROOT);
                if (entryName.contains("vbaproject")) {
                    return true;
                }
            }
            return false;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
