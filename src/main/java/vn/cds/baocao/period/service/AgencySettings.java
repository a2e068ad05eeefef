package vn.cds.baocao.period.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cds.baocao.audit.domain.AuditAction;
import vn.cds.baocao.audit.service.AdminAudit;
import vn.cds.baocao.audit.service.AuditDetails;
import vn.cds.baocao.base.error.BusinessException;
import vn.cds.baocao.period.domain.AgencySetting;
import vn.cds.baocao.period.domain.AgencySettingKey;
import vn.cds.baocao.period.domain.AgencySettingRepository;
import vn.cds.baocao.period.domain.PeriodWindows;
import vn.cds.baocao.security.service.CurrentUser;

/**
 * The agency settings every feature reads: province name, the People's Committee, the Steering Committee, the
 * reviewing agency, the report number template and the deadline rule. Each value has the day it takes effect,
 * so a report of 2024 still names Sở TT&TT after the 2025 merge. Reading is open to every feature (these are
 * the names printed on public documents); changing is for administrators and is logged.
 */
@Service
@Transactional(readOnly = true)
public class AgencySettings {

    public static final String NUMBER_PLACEHOLDER = "{so}";
    public static final String YEAR_PLACEHOLDER = "{nam}";
    static final int MAX_WORKING_DAYS = 30;
    static final int DEFAULT_CUT_OFF_DAY = 20;

    private final AgencySettingRepository settings;
    private final AdminAudit audit;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final int defaultWorkingDays;

    public AgencySettings(AgencySettingRepository settings, AdminAudit audit, CurrentUser currentUser, Clock clock,
                          @Value("${cds.periods.deadline-working-days:3}") int defaultWorkingDays) {
        this.settings = settings;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
        this.defaultWorkingDays = defaultWorkingDays;
    }

    /** The settings in force on {@code day}. */
    @PreAuthorize("isAuthenticated()")
    public AgencyProfile on(LocalDate day) {
        return new AgencyProfile(day, value(AgencySettingKey.PROVINCE_NAME, day),
                value(AgencySettingKey.PROVINCE_COMMITTEE, day), value(AgencySettingKey.STEERING_COMMITTEE, day),
                value(AgencySettingKey.REVIEWING_AGENCY, day), value(AgencySettingKey.REVIEWING_AGENCY_SHORT, day),
                value(AgencySettingKey.REPORT_NUMBER_TEMPLATE, day), deadlineWorkingDays(day));
    }

    /** The settings in force today. */
    public AgencyProfile current() {
        return on(LocalDate.now(clock));
    }

    /** One setting's value on {@code day} (the earliest value when the day is before every value; "" if none). */
    @PreAuthorize("isAuthenticated()")
    public String value(AgencySettingKey key, LocalDate day) {
        return settings.findFirstByKeyAndValidFromLessThanEqualOrderByValidFromDesc(key, day)
                .or(() -> settings.findFirstByKeyOrderByValidFromAsc(key))
                .map(AgencySetting::getValue)
                .orElse("");
    }

    /** Working days between a period's cut-off ({@code cutOff}) and its deadline, as in force on the cut-off. */
    public int deadlineWorkingDays(LocalDate cutOff) {
        String value = value(AgencySettingKey.DEADLINE_WORKING_DAYS, cutOff);
        return value.isBlank() ? defaultWorkingDays : Integer.parseInt(value);
    }

    /**
     * The day a period's data window ends on, in the month after the period's month, as in force on {@code day}
     * (the first day of that month); 20 when not configured.
     */
    public int periodCutOffDay(LocalDate day) {
        String value = value(AgencySettingKey.PERIOD_CUT_OFF_DAY, day);
        return value.isBlank() ? DEFAULT_CUT_OFF_DAY : Integer.parseInt(value);
    }

    /** A report number from the template in force on {@code issuedOn}: 5 → "05/BC-STTTT". */
    public String reportNumber(int number, LocalDate issuedOn) {
        return on(issuedOn).reportNumber(number, issuedOn.getYear());
    }

    /** Every value of every setting, newest first within a setting, for the settings screen. */
    @PreAuthorize("hasRole('ADMIN')")
    public List<AgencySetting> history() {
        return settings.findAllByOrderByKeyAscValidFromDesc();
    }

    /**
     * Sets a value from {@code validFrom} on; earlier days keep their values. A value already starting that day is
     * replaced (a correction).
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public AgencySetting change(AgencySettingKey key, String value, LocalDate validFrom) {
        if (key == null || validFrom == null) {
            throw new BusinessException("admin.settings.dateRequired");
        }
        String clean = validate(key, value);
        String before = value(key, validFrom);
        String username = currentUser.require().getUsername();
        LocalDateTime now = LocalDateTime.now(clock);
        AgencySetting setting = settings.findByKeyAndValidFrom(key, validFrom)
                .map(existing -> {
                    existing.change(clean, username, now);
                    return existing;
                })
                .orElseGet(() -> settings.save(new AgencySetting(key, validFrom, clean, username, now)));
        audit.record(AuditAction.SETTING_CHANGE, key.name(), AuditDetails.of()
                .change("value", before, clean).value("effectiveFrom", validFrom));
        return setting;
    }

    /** Removes a value entered by mistake; the first value of a setting stays. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void remove(long settingId) {
        AgencySetting setting = settings.findById(settingId)
                .orElseThrow(() -> new BusinessException("admin.settings.notFound"));
        boolean isFirst = settings.findAllByOrderByKeyAscValidFromDesc().stream()
                .filter(s -> s.getKey() == setting.getKey())
                .noneMatch(s -> s.getValidFrom().isBefore(setting.getValidFrom()));
        if (isFirst) {
            throw new BusinessException("admin.settings.firstValue");
        }
        audit.record(AuditAction.SETTING_CHANGE, setting.getKey().name(), AuditDetails.of()
                .change("value", setting.getValue(), null).value("effectiveFrom", setting.getValidFrom()));
        settings.delete(setting);
    }

    private static String validate(AgencySettingKey key, String value) {
        if (value == null || value.isBlank()) {
            throw new BusinessException("admin.required");
        }
        String clean = value.strip();
        if (clean.length() > 500) {
            throw new BusinessException("admin.tooLong", "500");
        }
        if (key == AgencySettingKey.REPORT_NUMBER_TEMPLATE && !clean.contains(NUMBER_PLACEHOLDER)) {
            throw new BusinessException("admin.settings.templateNeedsNumber", NUMBER_PLACEHOLDER);
        }
        if (key == AgencySettingKey.DEADLINE_WORKING_DAYS) {
            int days;
            try {
                days = Integer.parseInt(clean);
            } catch (NumberFormatException e) {
                days = -1;
            }
            if (days < 1 || days > MAX_WORKING_DAYS) {
                throw new BusinessException("admin.settings.badWorkingDays", String.valueOf(MAX_WORKING_DAYS));
            }
        }
        if (key == AgencySettingKey.PERIOD_CUT_OFF_DAY) {
            int day = parseOrMinusOne(clean);
            if (day < 1 || day > PeriodWindows.MAX_CUT_OFF_DAY) {
                throw new BusinessException("period.settings.badCutOffDay",
                        String.valueOf(PeriodWindows.MAX_CUT_OFF_DAY));
            }
        }
        return clean;
    }

    private static int parseOrMinusOne(String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The agency settings in force on one day. */
    public record AgencyProfile(LocalDate day, String provinceName, String provinceCommittee,
                                String steeringCommittee, String reviewingAgency, String reviewingAgencyShort,
                                String reportNumberTemplate, int deadlineWorkingDays) {

        /** "05/BC-STTTT" for number 5 with the template "{so}/BC-STTTT"; {nam} becomes the year. */
        public String reportNumber(int number, int year) {
            return reportNumberTemplate.replace(NUMBER_PLACEHOLDER, String.format("%02d", number))
                    .replace(YEAR_PLACEHOLDER, String.valueOf(year));
        }
    }
}
