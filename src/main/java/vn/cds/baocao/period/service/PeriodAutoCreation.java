package vn.cds.baocao.period.service;

import java.time.YearMonth;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** At start-up, opens the monthly periods up to the current month so units can report at once. */
@Component
@ConditionalOnProperty(name = "cds.periods.auto-create", havingValue = "true", matchIfMissing = true)
class PeriodAutoCreation implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PeriodAutoCreation.class);

    private final PeriodService periodService;

    PeriodAutoCreation(PeriodService periodService) {
        this.periodService = periodService;
    }

    @Override
    public void run(ApplicationArguments args) {
        int created = periodService.ensureMonthlyPeriodsThrough(YearMonth.from(periodService.today())).size();
        if (created > 0) {
            log.info("Opened {} monthly reporting period(s) up to the current month", created);
        }
    }
}
