package vn.cds.baocao.base.database;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import liquibase.exception.LiquibaseException;
import liquibase.integration.spring.SpringLiquibase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Runs the start-up migration again when the database aborted it over a lock conflict ({@link LockConflicts}).
 *
 * <p>Why: on a Galera cluster, two nodes started at once on the same database may both write Liquibase's history
 * table before Liquibase takes its changelog lock (it upgrades an old history's checksums first). The later of the
 * two commits fails certification with 1213 "Deadlock found", and without this that node stops at start-up. The
 * changelog lock still lets only one node apply a changeset; an attempt that failed wrote nothing, so running the
 * whole update again is what a restart would do, only without the restart.
 *
 * <p>How: Spring Boot's own {@link SpringLiquibase} bean keeps all its settings; before its initialisation it is
 * told not to run, after it the update is run here, up to {@link #ATTEMPTS} times with a growing, jittered wait.
 * Any other failure stops the start at once, as before. (Spring Boot makes the bean only when
 * {@code spring.liquibase.enabled} is true, and its "should run" is that setting: so the bean is always to run.)
 */
@Component
class MigrationRetry implements BeanPostProcessor {

    static final int ATTEMPTS = 5;

    private static final Logger log = LoggerFactory.getLogger(MigrationRetry.class);

    private final Duration firstWait;
    private final Set<String> deferred = ConcurrentHashMap.newKeySet();

    MigrationRetry() {
        this(Duration.ofSeconds(1));
    }

    MigrationRetry(Duration firstWait) {
        this.firstWait = firstWait;
    }

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) throws BeansException {
        if (bean instanceof SpringLiquibase liquibase) {
            liquibase.setShouldRun(false);
            deferred.add(beanName);
        }
        return bean;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) throws BeansException {
        if (bean instanceof SpringLiquibase liquibase && deferred.remove(beanName)) {
            liquibase.setShouldRun(true);
            migrate(liquibase, beanName);
        }
        return bean;
    }

    private void migrate(SpringLiquibase liquibase, String beanName) {
        long wait = firstWait.toMillis();
        for (int attempt = 1; ; attempt++) {
            try {
                liquibase.afterPropertiesSet();
                return;
            } catch (LiquibaseException | RuntimeException failure) {
                if (attempt == ATTEMPTS || !LockConflicts.isLockConflict(failure)) {
                    throw new BeanCreationException(beanName, "Database migration failed", failure);
                }
                long pause = wait + ThreadLocalRandom.current().nextLong(wait / 2 + 1);
                log.warn("Database migration aborted by a lock conflict (attempt {} of {}), running it again in {} ms: {}",
                        attempt, ATTEMPTS, pause, failure.toString());
                sleep(pause, beanName, failure);
                wait *= 2;
            }
        }
    }

    private static void sleep(long millis, String beanName, Exception failure) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BeanCreationException(beanName, "Interrupted while waiting to run the migration again", failure);
        }
    }
}
