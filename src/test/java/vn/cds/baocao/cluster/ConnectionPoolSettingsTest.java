package vn.cds.baocao.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.cds.baocao.support.CdsSpringTest;

/**
 * The pool notices a dead connection quickly (a Galera node that stopped, a failover to the next node) and
 * spreads back over the nodes: application.yml's settings reach the pool, here the embedded database's (the
 * external database's pool is bound from the same properties, ExternalDatabaseConfiguration).
 */
@CdsSpringTest
class ConnectionPoolSettingsTest {

    @Autowired
    DataSource dataSource;

    @Test
    void deadConnectionsAreFoundWithinSecondsAndConnectionsAreRenewed() throws SQLException {
        HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);

        assertThat(pool.getKeepaliveTime()).as("idle connections pinged every").isEqualTo(30_000);
        assertThat(pool.getMaxLifetime()).as("a connection replaced after").isEqualTo(600_000);
        assertThat(pool.getValidationTimeout()).as("validation on borrow at most").isEqualTo(2_000);
        assertThat(pool.getConnectionTimeout()).isEqualTo(3_000);
        assertThat(pool.getMinimumIdle()).isZero();
        assertThat(pool.getDataSourceProperties()).containsEntry("connectTimeout", "2000");
        assertThat(pool.getKeepaliveTime()).isLessThan(pool.getMaxLifetime());
    }
}
