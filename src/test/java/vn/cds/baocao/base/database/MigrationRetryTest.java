package vn.cds.baocao.base.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLSyntaxErrorException;
import java.sql.SQLTransactionRollbackException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import liquibase.exception.DatabaseException;
import liquibase.exception.LiquibaseException;
import liquibase.integration.spring.SpringLiquibase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;

/**
 * The start-up migration run again over a lock conflict (a Galera certification failure while two nodes start at
 * once), and only over that; the container's own initialisation call runs nothing.
 */
class MigrationRetryTest {

    private final MigrationRetry retry = new MigrationRetry(Duration.ofMillis(1));

    @Test
    void aMigrationAbortedByACertificationConflictIsRunAgainUntilItSucceeds() throws Exception {
        ScriptedLiquibase liquibase = new ScriptedLiquibase(certificationConflict(), certificationConflict());

        initialise(liquibase);

        assertThat(liquibase.updates).isEqualTo(3);
        assertThat(liquibase.willRun()).isTrue();
    }

    @Test
    void theContainersOwnCallRunsNothingTheUpdateRunsOnceAfterIt() throws Exception {
        ScriptedLiquibase liquibase = new ScriptedLiquibase();

        retry.postProcessBeforeInitialization(liquibase, "liquibase");
        liquibase.afterPropertiesSet();
        assertThat(liquibase.updates).isZero();
        retry.postProcessAfterInitialization(liquibase, "liquibase");

        assertThat(liquibase.updates).isEqualTo(1);
    }

    @Test
    void anyOtherFailureStopsTheStartAtOnce() {
        DatabaseException badSql = new DatabaseException(new SQLSyntaxErrorException("bad", "42000", 1064));
        ScriptedLiquibase liquibase = new ScriptedLiquibase(badSql);

        assertThatThrownBy(() -> initialise(liquibase))
                .isInstanceOf(BeanCreationException.class)
                .hasRootCauseInstanceOf(SQLSyntaxErrorException.class);
        assertThat(liquibase.updates).isEqualTo(1);
    }

    @Test
    void aConflictThatKeepsComingBackStopsTheStartAfterTheLastAttempt() {
        ScriptedLiquibase liquibase = new ScriptedLiquibase();
        for (int i = 0; i < MigrationRetry.ATTEMPTS; i++) {
            liquibase.failures.add(certificationConflict());
        }

        assertThatThrownBy(() -> initialise(liquibase))
                .isInstanceOf(BeanCreationException.class)
                .hasRootCauseInstanceOf(SQLTransactionRollbackException.class);
        assertThat(liquibase.updates).isEqualTo(MigrationRetry.ATTEMPTS);
    }

    private void initialise(SpringLiquibase liquibase) throws Exception {
        Object bean = retry.postProcessBeforeInitialization(liquibase, "liquibase");
        ((SpringLiquibase) bean).afterPropertiesSet();
        retry.postProcessAfterInitialization(bean, "liquibase");
    }

    /** What the driver threw in run 6 of the cluster test, as Liquibase wraps it. */
    private static LiquibaseException certificationConflict() {
        return new LiquibaseException(new DatabaseException(new SQLTransactionRollbackException(
                "Deadlock found when trying to get lock; try restarting transaction", "40001", 1213)));
    }

    /** Stands for Liquibase's update: fails with the given failures in turn, then succeeds. */
    private static final class ScriptedLiquibase extends SpringLiquibase {

        final Deque<LiquibaseException> failures = new ArrayDeque<>();
        int updates;

        ScriptedLiquibase(LiquibaseException... failures) {
            this.failures.addAll(List.of(failures));
        }

        boolean willRun() {
            return shouldRun;
        }

        @Override
        public void afterPropertiesSet() throws LiquibaseException {
            if (!shouldRun) {
                return;
            }
            updates++;
            LiquibaseException failure = failures.poll();
            if (failure != null) {
                throw failure;
            }
        }
    }
}
