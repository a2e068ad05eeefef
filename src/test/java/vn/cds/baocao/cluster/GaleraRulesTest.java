package vn.cds.baocao.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.cds.baocao.support.CdsSpringTest;

/**
 * What MariaDB Galera asks of the schema and the code (docs/deployment.md, "Galera's rules"): every table has a
 * primary key, Liquibase's own and ShedLock's included, and nothing takes table locks or named locks, which
 * Galera does not replicate.
 */
@CdsSpringTest
class GaleraRulesTest {

    /** A statement locking tables or taking a named lock; the LOCK TABLES privilege in a GRANT is not one. */
    private static final Pattern TABLE_OR_NAMED_LOCK = Pattern.compile(
            "LOCK\\s+TABLES?\\s+`?\\w+`?(\\s+(AS\\s+)?\\w+)?\\s+(READ|WRITE)|GET_LOCK\\s*\\(|RELEASE_LOCK\\s*\\(",
            Pattern.CASE_INSENSITIVE);

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyTableOfTheDatabaseHasAPrimaryKey() {
        List<String> tables = jdbc.queryForList("""
                select table_name from information_schema.tables t
                where t.table_schema = database() and t.table_type = 'BASE TABLE'""", String.class);
        List<String> withoutKey = jdbc.queryForList("""
                select t.table_name from information_schema.tables t
                where t.table_schema = database() and t.table_type = 'BASE TABLE'
                  and not exists (select 1 from information_schema.table_constraints c
                                  where c.table_schema = t.table_schema and c.table_name = t.table_name
                                    and c.constraint_type = 'PRIMARY KEY')""", String.class);

        assertThat(tables).contains("DATABASECHANGELOG", "DATABASECHANGELOGLOCK", "shedlock", "report");
        assertThat(withoutKey).isEmpty();
    }

    @Test
    void liquibasesHistoryIsKeyedByTheChangesetsIdentity() {
        assertThat(jdbc.queryForList("""
                select column_name from information_schema.key_column_usage
                where table_schema = database() and table_name = 'DATABASECHANGELOG' and constraint_name = 'PRIMARY'
                order by ordinal_position""", String.class)).containsExactly("ID", "AUTHOR", "FILENAME");
    }

    @Test
    void noCodeOrChangesetLocksTablesOrTakesANamedLock() throws IOException {
        assertThat(TABLE_OR_NAMED_LOCK.matcher("LOCK TABLES report WRITE").find()).isTrue();
        assertThat(TABLE_OR_NAMED_LOCK.matcher("SELECT GET_LOCK('x', 10)").find()).isTrue();
        assertThat(TABLE_OR_NAMED_LOCK.matcher("CREATE TEMPORARY TABLES, LOCK TABLES, CREATE VIEW").find()).isFalse();

        List<String> offenders;
        try (Stream<Path> files = Stream.concat(Files.walk(Path.of("src/main")), Files.walk(Path.of("db-changelog")))) {
            offenders = files.filter(Files::isRegularFile)
                    .filter(file -> file.toString().matches(".*\\.(java|sql|xml|yml|properties)"))
                    .filter(file -> TABLE_OR_NAMED_LOCK.matcher(read(file)).find())
                    .map(Path::toString)
                    .toList();
        }
        assertThat(offenders).isEmpty();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return new String(readBytes(file), StandardCharsets.ISO_8859_1); // a CSV or data file in another encoding
        }
    }

    private static byte[] readBytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
