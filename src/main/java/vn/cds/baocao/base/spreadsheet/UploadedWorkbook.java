package vn.cds.baocao.base.spreadsheet;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;
import vn.cds.baocao.base.error.BusinessException;
import vn.cds.baocao.base.spreadsheet.SheetXmlHandler.Limits;
import vn.cds.baocao.base.spreadsheet.SheetXmlHandler.OutsideTemplate;
import vn.cds.baocao.base.spreadsheet.SheetXmlHandler.RowHandler;
import vn.cds.baocao.base.spreadsheet.SheetXmlHandler.SheetFormat;
import vn.cds.baocao.base.spreadsheet.SheetXmlHandler.StopReading;

/**
 * An uploaded workbook, read as a stream: refused with a clear reason when it is not a plain .xlsx (too large,
 * another kind of file, the old .xls format, macros, an archive that inflates suspiciously), then each sheet is
 * read row by row ({@link SheetXmlHandler}) and only as far as the template can reach, so a file of 450.000 rows
 * costs no more memory than the template. The workbook is never loaded whole ({@code XSSFWorkbook}).
 */
public final class UploadedWorkbook implements AutoCloseable {

    public static final int MAX_BYTES = 10 * 1024 * 1024;
    /** The largest text parts read whole (shared strings, styles, the sheet list); a template's are a few kB. */
    static final int MAX_PART_BYTES = 16 * 1024 * 1024;
    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    static {
        // POI's guards against zip bombs, for every part it inflates: at least 1 byte packed per 100 unpacked
        // (after the first 100 kB), no part above 100 MB unpacked, no more than 1.000 parts
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(100L * 1024 * 1024);
        ZipSecureFile.setMaxFileCount(1000);
    }

    /** A sheet of the workbook, in workbook order. */
    public record SheetRef(String name, boolean visible, String relationId) {
    }

    private final String fileName;
    private final Path file;
    private final OPCPackage pkg;
    private final XSSFReader reader;
    private final List<SheetRef> sheets;
    private ReadOnlySharedStringsTable strings;
    private boolean stringsRead;
    private StylesTable styles;
    private boolean stylesRead;
    private final Map<Integer, SheetFormat> formats = new HashMap<>();

    private UploadedWorkbook(String fileName, Path file, OPCPackage pkg) throws IOException, SAXException,
            OpenXML4JException {
        this.fileName = fileName;
        this.file = file;
        this.pkg = pkg;
        this.reader = new XSSFReader(pkg);
        this.sheets = readSheetList();
    }

    public static UploadedWorkbook open(String fileName, byte[] content) {
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
        Path file = null;
        OPCPackage pkg = null;
        try {
            // from a file, POI inflates each part only when it is read, through its zip bomb guards
            file = Files.createTempFile("cds-import-", ".xlsx");
            Files.write(file, content);
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
            checkIsAWorkbookWithoutMacros(pkg, name);
            return new UploadedWorkbook(name, file, pkg);
        } catch (BusinessException e) {
            close(pkg, file);
            throw e;
        } catch (IOException | SAXException | OpenXML4JException | RuntimeException e) {
            // POI refuses archives that inflate suspiciously (zip bombs) or are damaged
            close(pkg, file);
            throw refusal(name, e);
        }
    }

    /** The sheets in workbook order. */
    public List<SheetRef> sheets() {
        return sheets;
    }

    /** The sheet of that name, ignoring case as Excel does. */
    public Optional<SheetRef> sheet(String name) {
        return sheets.stream().filter(s -> s.name().equalsIgnoreCase(name)).findFirst();
    }

    /**
     * Reads a sheet row by row. Stops quietly when {@code rows} returns false; throws {@link OutsideTemplate} at
     * the first cell with content beyond {@code limits}.
     */
    public void read(SheetRef sheet, Limits limits, RowHandler rows) throws OutsideTemplate {
        SheetXmlHandler handler = new SheetXmlHandler(this::sharedString, this::format, limits, rows);
        try (InputStream in = reader.getSheet(sheet.relationId())) {
            parse(in, handler);
        } catch (StopReading done) {
            // the caller has what it needs
        } catch (OutsideTemplate outside) {
            throw outside;
        } catch (IOException | SAXException | InvalidFormatException | RuntimeException e) {
            if (e instanceof SAXException sax && sax.getException() instanceof OutsideTemplate outside) {
                throw outside;
            }
            throw refusal(fileName, e);
        }
    }

    @Override
    public void close() {
        close(pkg, file);
    }

    /** A text of the shared strings table, read when the first cell needs it (without phonetic runs, as POI). */
    private String sharedString(int index) throws SAXException {
        if (!stringsRead) {
            stringsRead = true;
            try (InputStream in = reader.getSharedStringsData()) {
                strings = in == null ? null : new ReadOnlySharedStringsTable(bounded(in), false);
            } catch (IOException | InvalidFormatException e) {
                throw new SAXException(e.getMessage(), e);
            }
        }
        if (strings == null) {
            throw new IndexOutOfBoundsException("no shared strings");
        }
        return strings.getItemAt(index).getString();
    }

    /** The number format of a cell style, as {@code XSSFCellStyle} gives it; "General" for a missing style. */
    private SheetFormat format(int styleIndex) {
        return formats.computeIfAbsent(styleIndex, index -> {
            XSSFCellStyle style = styles() == null ? null : styles.getStyleAt(index);
            return style == null ? new SheetFormat(0, BuiltinFormats.getBuiltinFormat(0))
                    : new SheetFormat(style.getDataFormat(), style.getDataFormatString());
        });
    }

    private StylesTable styles() {
        if (!stylesRead) {
            stylesRead = true;
            try (InputStream in = reader.getStylesData()) {
                styles = in == null ? null : new StylesTable(bounded(in));
            } catch (IOException | InvalidFormatException e) {
                throw refusal(fileName, e);
            }
        }
        return styles;
    }

    /** The sheets listed in xl/workbook.xml: name, visibility and relationship, without XMLBeans. */
    private List<SheetRef> readSheetList() throws IOException, SAXException, InvalidFormatException {
        List<SheetRef> list = new ArrayList<>();
        try (InputStream in = reader.getWorkbookData()) {
            parse(bounded(in), new DefaultHandler() {
                @Override
                public void startElement(String uri, String localName, String qName, Attributes attributes) {
                    if (SheetXmlHandler.MAIN_NAMESPACE.equals(uri) && "sheet".equals(localName)) {
                        String state = attributes.getValue("state");
                        list.add(new SheetRef(attributes.getValue("name"), state == null || "visible".equals(state),
                                attributes.getValue(RELATIONSHIPS, "id")));
                    }
                }
            });
        }
        return List.copyOf(list);
    }

    private static void parse(InputStream in, DefaultHandler handler) throws IOException, SAXException {
        XMLReader xml;
        try {
            xml = XMLHelper.newXMLReader(); // no DTDs, no external entities
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("no XML parser", e);
        }
        xml.setContentHandler(handler);
        xml.parse(new InputSource(in));
    }

    /** A Word or PowerPoint file renamed to .xlsx is a valid package but not a workbook. */
    private static void checkIsAWorkbookWithoutMacros(OPCPackage pkg, String name) throws InvalidFormatException {
        for (PackagePart part : pkg.getParts()) {
            String partName = part.getPartName().getName().toLowerCase(Locale.ROOT);
            if (partName.contains("vbaproject") || part.getContentType().toLowerCase(Locale.ROOT)
                    .contains("macroenabled")) {
                throw new BusinessException("exchange.import.macro", name);
            }
        }
        PackageRelationship main = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT)
                .getRelationship(0);
        PackagePart workbook = main == null ? null : pkg.getPart(main);
        if (workbook == null || !workbook.getContentType().contains("spreadsheetml")) {
            throw new BusinessException("exchange.import.notXlsx", name);
        }
    }

    private static BusinessException refusal(String name, Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BusinessException business) {
                return business;
            }
            if (t.getMessage() != null && t.getMessage().contains("Zip bomb")) {
                return new BusinessException("exchange.import.zipBomb", name);
            }
            if (t instanceof PartTooLarge) {
                return new BusinessException("exchange.import.partTooLarge", name,
                        String.valueOf(MAX_PART_BYTES / 1024 / 1024));
            }
        }
        return new BusinessException("exchange.import.notXlsx", name);
    }

    private static void close(OPCPackage pkg, Path file) {
        if (pkg != null) {
            pkg.revert(); // opened read-only: close without saving
        }
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                file.toFile().deleteOnExit();
            }
        }
    }

    /** A part read whole may not inflate beyond {@link #MAX_PART_BYTES}. */
    private static InputStream bounded(InputStream in) {
        return new FilterInputStream(in) {
            private long count;

            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    count(1);
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                if (n > 0) {
                    count(n);
                }
                return n;
            }

            private void count(int n) throws PartTooLarge {
                count += n;
                if (count > MAX_PART_BYTES) {
                    throw new PartTooLarge();
                }
            }
        };
    }

    private static final class PartTooLarge extends IOException {
        PartTooLarge() {
            super("part larger than " + MAX_PART_BYTES + " bytes");
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
