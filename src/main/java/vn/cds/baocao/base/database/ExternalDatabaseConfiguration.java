package vn.cds.baocao.base.database;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * With an external database ({@code spring.datasource.url}, i.e. {@code DB_URL}): Spring Boot's pool settings, in
 * the pool that tells a crowd from an outage ({@link OutageAwareDataSource}).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(ExternalDatabaseCondition.class)
public class ExternalDatabaseConfiguration {

    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    OutageAwareDataSource dataSource(DataSourceProperties properties,
                                     @Value("${cds.datasource.queue-timeout:30s}") Duration queueTimeout) {
        OutageAwareDataSource dataSource = properties.initializeDataSourceBuilder()
                .type(OutageAwareDataSource.class).build();
        dataSource.setQueueTimeout(queueTimeout);
        return dataSource;
    }
}
