package vn.cds.baocao.support;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The province's reference units and the demo accounts, as the changelog's CSV files list them. Counts in tests
 * are made on these rows: the shared database also holds what other tests created, in whatever order they ran.
 */
public final class ReferenceData {

    /** Every unit a test creates has a full name starting with this ({@link ReportFixture}, {@link TestUnits}). */
    public static final String TEST_UNIT_NAME = "Đơn vị thử nghiệm ";

    private ReferenceData() {
    }

    /** The codes of db-changelog/data/reference/units.csv, in file order. */
    public static List<String> unitCodes() {
        return SeedCsv.read("reference/units.csv").stream().map(u -> u.get("code")).toList();
    }

    /** The codes of the reference units of one type (DEPARTMENT, DISTRICT, …). */
    public static List<String> unitCodes(String typeCode) {
        return SeedCsv.read("reference/units.csv").stream().filter(u -> typeCode.equals(u.get("type_code")))
                .map(u -> u.get("code")).toList();
    }

    /** The short names of the reference units of one type, as tables show them. */
    public static List<String> unitShortNames(String typeCode) {
        return SeedCsv.read("reference/units.csv").stream().filter(u -> typeCode.equals(u.get("type_code")))
                .map(u -> u.get("short_name")).toList();
    }

    /** The usernames of db-changelog/data/demo/demo_users.csv. */
    public static List<String> demoUsernames() {
        return SeedCsv.read("demo/demo_users.csv").stream().map(u -> u.get("username")).toList();
    }

    /** The codes of db-changelog/data/reference/indicators.csv valid on the day (valid_from ≤ day ≤ valid_to). */
    public static List<String> indicatorCodesValidOn(LocalDate day) {
        return SeedCsv.read("reference/indicators.csv").stream()
                .filter(i -> !LocalDate.parse(i.get("valid_from")).isAfter(day))
                .filter(i -> {
                    String end = STOPPED.getOrDefault(i.get("code"), i.get("valid_to"));
                    return end.isBlank() || !LocalDate.parse(end).isBefore(day);
                })
                .map(i -> i.get("code")).toList();
    }

    /** Validity ends that changes/061-no-figure-values.sql sets over the CSV (indicators no longer collected). */
    private static final Map<String, String> STOPPED = Map.ofEntries(
            Map.entry("commune_teams", "2022-10-16"), Map.entry("commune_teams_rate_pct", "2022-10-16"),
            Map.entry("commune_team_members", "2022-10-16"), Map.entry("hamlet_teams", "2022-10-16"),
            Map.entry("hamlet_team_members", "2022-10-16"), Map.entry("bptoday_users", "2022-10-16"),
            Map.entry("bptoday_users_increase", "2022-10-16"), Map.entry("bptoday_users_total", "2022-10-16"),
            Map.entry("nvtc_tx_day", "2024-04-20"), Map.entry("nvtc_amount_day", "2024-04-20"),
            Map.entry("fee_tx_day", "2024-04-20"), Map.entry("fee_amount_day", "2024-04-20"));

    public static List<Map<String, String>> units() {
        return SeedCsv.read("reference/units.csv");
    }
}
