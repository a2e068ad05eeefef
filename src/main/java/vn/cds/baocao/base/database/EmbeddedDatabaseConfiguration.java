package vn.cds.baocao.base.database;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * With no external database configured (no {@code spring.datasource.url}, i.e. no {@code DB_URL}), the app
 * starts its own MariaDB and points the connection pool at it.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalDatabaseCondition.class)
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
public class EmbeddedDatabaseConfiguration {

    @Bean(destroyMethod = "release")
    EmbeddedMariaDb embeddedMariaDb(EmbeddedDatabaseProperties properties) {
        return EmbeddedMariaDb.acquire(properties);
    }

    /**
     * The pool settings of application.yml ({@code spring.datasource.hikari.*}, e.g. the timeouts) apply here too, in
     * the pool that tells a crowd from an outage.
     */
    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    OutageAwareDataSource dataSource(EmbeddedMariaDb server,
                                     @Value("${cds.datasource.queue-timeout:30s}") Duration queueTimeout) {
        OutageAwareDataSource dataSource = DataSourceBuilder.create()
                .type(OutageAwareDataSource.class)
                .driverClassName("org.mariadb.jdbc.Driver")
                .url(server.jdbcUrl())
                .username(server.username())
                .password(server.password())
                .build();
        dataSource.setPoolName("cds-embedded");
        dataSource.setQueueTimeout(queueTimeout);
        return dataSource;
    }
}
