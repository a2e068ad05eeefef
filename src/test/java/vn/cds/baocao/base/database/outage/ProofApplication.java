package vn.cds.baocao.base.database.outage;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.cds.baocao.Application;

/** The whole application, with the demo data, on an external MariaDB: as in production with DB_URL set. */
final class ProofApplication {

    private ProofApplication() {
    }

    static ConfigurableApplicationContext start(String jdbcUrl, String... more) {
        List<String> arguments = new ArrayList<>(List.of(
                "--spring.datasource.url=" + jdbcUrl,
                "--spring.datasource.username=" + ExternalMariaDb.USER,
                "--spring.datasource.password=" + ExternalMariaDb.PASSWORD,
                "--spring.liquibase.contexts=demo",
                "--server.port=0",
                "--logging.level.root=WARN",
                "--logging.level.vn.cds.baocao=INFO",
                "--spring.main.banner-mode=off"));
        arguments.addAll(List.of(more));
        return new SpringApplicationBuilder(Application.class).run(arguments.toArray(String[]::new));
    }

    static int port(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port"));
    }
}
