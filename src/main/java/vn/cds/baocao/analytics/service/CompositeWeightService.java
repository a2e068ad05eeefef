package vn.cds.baocao.analytics.service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cds.baocao.analytics.domain.IndicatorSetting;
import vn.cds.baocao.analytics.domain.IndicatorSettingRepository;
import vn.cds.baocao.base.error.BusinessException;
import vn.cds.baocao.base.i18n.Messages;
import vn.cds.baocao.indicator.domain.Indicator;
import vn.cds.baocao.indicator.service.IndicatorCatalog;
import vn.cds.baocao.security.service.CurrentUser;

/** Administrators set each indicator's weight in the composite ranking and the decimals of its TỔNG. */
@Service
@Transactional
public class CompositeWeightService {

    static final BigDecimal MAX_WEIGHT = BigDecimal.valueOf(100);
    static final int MAX_TOTAL_DECIMALS = 4;

    private final IndicatorCatalog indicators;
    private final IndicatorSettingRepository settings;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final SharedPeriodResults shared;

    public CompositeWeightService(IndicatorCatalog indicators, IndicatorSettingRepository settings,
                                  CurrentUser currentUser, Clock clock, SharedPeriodResults shared) {
        this.indicators = indicators;
        this.settings = settings;
        this.currentUser = currentUser;
        this.clock = clock;
        this.shared = shared;
    }

    /** Every numeric indicator with its current weight, in report order. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<WeightRow> weights(Locale locale) {
        Map<Long, IndicatorSetting> byIndicator = settings.byIndicator();
        return indicators.all().stream().filter(i -> i.getValueType().isNumeric())
                .map(i -> row(i, byIndicator.get(i.getId()), locale)).toList();
    }

    /**
     * @param weight        0 (not in the composite ranking) to 100, at most two decimals
     * @param totalDecimals decimals of a percentage TỔNG, 0–4; null for the default (2)
     * @param locale        the language of the returned row
     */
    @PreAuthorize("hasRole('ADMIN')")
    public WeightRow save(long indicatorId, BigDecimal weight, Integer totalDecimals, Locale locale) {
        Indicator indicator = indicators.indicator(indicatorId)
                .filter(i -> i.getValueType().isNumeric())
                .orElseThrow(() -> new BusinessException("analytics.error.indicatorNotFound"));
        if (weight == null || weight.signum() < 0 || weight.compareTo(MAX_WEIGHT) > 0
                || weight.stripTrailingZeros().scale() > 2) {
            throw new BusinessException("analytics.weights.error.weight");
        }
        if (totalDecimals != null && (totalDecimals < 0 || totalDecimals > MAX_TOTAL_DECIMALS)) {
            throw new BusinessException("analytics.weights.error.decimals", String.valueOf(MAX_TOTAL_DECIMALS));
        }
        IndicatorSetting setting = settings.findById(indicatorId).orElseGet(() -> new IndicatorSetting(indicatorId));
        setting.setCompositeWeight(weight);
        setting.setTotalDecimals(totalDecimals);
        setting.touch(currentUser.require().getUsername(), LocalDateTime.now(clock));
        IndicatorSetting saved = settings.save(setting);
        shared.clear(); // the TỔNG decimals are in the shared tables
        return row(indicator, saved, locale);
    }

    private static WeightRow row(Indicator indicator, IndicatorSetting setting, Locale locale) {
        return new WeightRow(indicator.getId(), indicator.getSection().name(locale), indicator.name(locale),
                indicator.getValueType().name(), setting == null ? BigDecimal.ZERO : setting.getCompositeWeight(),
                setting == null ? null : setting.getTotalDecimals(), indicator.isHigherIsBetter());
    }

    public record WeightRow(long indicatorId, String sectionName, String indicatorName, String valueType,
                            BigDecimal weight, Integer totalDecimals, boolean higherIsBetter) {

        public boolean isPercent() {
            return "PERCENT".equals(valueType);
        }
    }
}
