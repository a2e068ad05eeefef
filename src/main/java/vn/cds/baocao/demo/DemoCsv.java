package vn.cds.baocao.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads the demo and seed CSV files shipped with the changelog (UTF-8, header row, RFC 4180). */
final class DemoCsv {

    static final String DATA = "db-changelog/data/";

    private DemoCsv() {
    }

    /** Rows as column → value maps; empty when the file does not exist. */
    static Optional<List<Map<String, String>>> read(String path) {
        InputStream in = DemoCsv.class.getClassLoader().getResourceAsStream(DATA + path);
        if (in == null) {
            return Optional.empty();
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
            return Optional.of(parser.getRecords().stream().map(CSVRecord::toMap).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Map<String, String>> require(String path) {
        return read(path).orElseThrow(() -> new IllegalStateException("Missing demo data file " + DATA + path));
    }
}
