package vn.cds.baocao.support;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads the seed and reference CSV files shipped with the changelog, to compare the database with them. */
public final class SeedCsv {

    private SeedCsv() {
    }

    public static List<Map<String, String>> read(String pathUnderData) {
        var in = Objects.requireNonNull(SeedCsv.class.getClassLoader()
                .getResourceAsStream("db-changelog/data/" + pathUnderData), pathUnderData);
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
            return parser.getRecords().stream().map(CSVRecord::toMap).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
