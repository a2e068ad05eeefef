package vn.cds.baocao.bulletin.service;

import java.time.Clock;
import java.time.LocalDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.cds.baocao.bulletin.domain.Bulletin;
import vn.cds.baocao.bulletin.domain.BulletinRepository;

/**
 * Demo-only seeding: the demo changeset (071) stores the Tháng 3/2024 bulletin as published but cannot compute its
 * statistics, which only the application's code can take from the approved data. Once, at start-up, this takes
 * them — snapshot, highlight sentences and search text, as creating and publishing would have — for every
 * published bulletin that has none. Runs only where the demo data is loaded (the Liquibase context "demo": the demo
 * run and the tests); the application never publishes a bulletin without statistics, so elsewhere there is none.
 * Works as the bulletin's publisher (the statistics are read with that account's rights).
 */
@Component
@ConditionalOnExpression("'${spring.liquibase.contexts:}'.contains('demo')")
class DemoBulletinStatistics implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoBulletinStatistics.class);

    private final BulletinRepository bulletins;
    private final StatisticsSnapshots snapshots;
    private final BulletinContents contents;
    private final UserDetailsService accounts;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoBulletinStatistics(BulletinRepository bulletins, StatisticsSnapshots snapshots, BulletinContents contents,
                           UserDetailsService accounts, PlatformTransactionManager transactions, Clock clock) {
        this.bulletins = bulletins;
        this.snapshots = snapshots;
        this.contents = contents;
        this.accounts = accounts;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        int filled = fillMissing();
        if (filled > 0) {
            log.info("Took the statistics of {} published demo bulletin(s)", filled);
        }
    }

    /** Takes the statistics of every published bulletin without them; returns how many. */
    int fillMissing() {
        int filled = 0;
        for (long id : bulletins.publishedWithoutStatistics()) {
            SecurityContext previous = SecurityContextHolder.getContext();
            try {
                transaction.executeWithoutResult(status -> fill(id));
                filled++;
            } catch (RuntimeException e) {
                // demo seeding must not stop the application: the bulletin stays without statistics
                log.error("Could not take the statistics of demo bulletin {}", id, e);
            } finally {
                SecurityContextHolder.setContext(previous);
            }
        }
        return filled;
    }

    private void fill(long bulletinId) {
        Bulletin bulletin = bulletins.findWithPeriod(bulletinId).orElseThrow();
        signInAs(bulletin.getPublishedBy());
        StatisticsSnapshot snapshot = snapshots.take(bulletin.getPeriod(), bulletin.getNumber(),
                bulletin.getIssuedOn());
        BulletinComposer.takeStatistics(bulletin, snapshot, snapshots.write(snapshot), LocalDateTime.now(clock));
        bulletin.setSearchText(contents.searchText(bulletin, snapshot));
        bulletins.saveAndFlush(bulletin);
    }

    private void signInAs(String username) {
        UserDetails account = accounts.loadUserByUsername(username);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(account, null,
                account.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }
}
