package vn.cds.baocao.base.database;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where and how the embedded MariaDB runs when no external database URL is configured.
 *
 * @param port         TCP port on localhost; 0 picks a free port (tests)
 * @param directory    holds the unpacked server ("base") and its data ("data"); kept between runs
 * @param temporary    true: use a fresh temporary directory and delete it afterwards (tests)
 * @param databaseName schema the application uses
 */
@ConfigurationProperties("cds.embedded-db")
public record EmbeddedDatabaseProperties(Integer port, String directory, Boolean temporary, String databaseName) {

    public EmbeddedDatabaseProperties {
        port = port == null ? 3307 : port;
        directory = directory == null || directory.isBlank() ? "./data/mariadb" : directory;
        temporary = temporary != null && temporary;
        databaseName = databaseName == null || databaseName.isBlank() ? "cds" : databaseName;
    }
}
