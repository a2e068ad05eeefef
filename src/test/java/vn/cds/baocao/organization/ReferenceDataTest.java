package vn.cds.baocao.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import vn.cds.baocao.indicator.domain.Indicator;
import vn.cds.baocao.indicator.domain.IndicatorRepository;
import vn.cds.baocao.indicator.domain.TargetRepository;
import vn.cds.baocao.organization.domain.Unit;
import vn.cds.baocao.organization.domain.UnitAliasRepository;
import vn.cds.baocao.organization.domain.UnitRepository;
import vn.cds.baocao.organization.service.UnitHistory;
import vn.cds.baocao.organization.service.UnitHistory.UnitName;
import vn.cds.baocao.support.CdsSpringTest;
import vn.cds.baocao.support.SeedCsv;

/** The reference data in the database matches the seed data it was taken from. */
@CdsSpringTest
@Transactional
class ReferenceDataTest {

    /** Seed columns that are computed by the application, never reported (see db-changelog/data/README.md). */
    static final Set<String> DERIVED_SEED_COLUMNS = Set.of(
            "dvc_online_vs_prev_text", "dvc_online_target_met", "dossier_online_vs_prev_text",
            "dossier_online_target_met", "tax_fee_tx_day", "tax_fee_amount_day", "tax_fee_tx_month",
            "tax_fee_amount_month", "tax_fee_tx_ytd", "tax_fee_amount_ytd");

    /** The last day of the seed reports' data (Tháng 7/2024). */
    static final LocalDate SEED_ERA = LocalDate.of(2024, 7, 31);

    @Autowired
    UnitRepository units;
    @Autowired
    UnitHistory unitHistory;
    @Autowired
    UnitAliasRepository aliases;
    @Autowired
    IndicatorRepository indicators;
    @Autowired
    TargetRepository targets;

    @Test
    void everySeedUnitExistsWithItsNamesAndAliases() {
        List<Map<String, String>> seedUnits = SeedCsv.read("seed/units.csv").stream()
                .filter(u -> !"TOTAL".equals(u.get("code"))).toList();
        for (Map<String, String> seed : seedUnits) {
            Unit unit = units.findByCode(seed.get("code")).orElseThrow(() -> new AssertionError(seed.get("code")));
            // the names of the seed reports' days: units named after Bình Phước carry Đồng Nai's name from 1/7/2025
            UnitName seedEraName = unitHistory.nameOn(unit, SEED_ERA);
            assertThat(seedEraName.fullName()).isEqualTo(seed.get("full_name"));
            assertThat(seedEraName.shortName()).isEqualTo(seed.get("short_name"));
            Set<String> stored = aliases.findByUnit(unit).stream().map(a -> a.getAlias()).collect(Collectors.toSet());
            assertThat(stored).as(seed.get("code")).containsAll(Arrays.asList(seed.get("aliases").split("\\|")));
        }
        // the seed units plus the home of province-wide figures (tests may add units of their own)
        List<Map<String, String>> reference = SeedCsv.read("reference/units.csv");
        assertThat(reference).hasSize(seedUnits.size() + 1);
        assertThat(reference).extracting(u -> u.get("code")).contains("TOAN_TINH");
        for (Map<String, String> unit : reference) {
            assertThat(units.findByCode(unit.get("code"))).as(unit.get("code")).isPresent();
        }
    }

    @Test
    void thirtyThreeReportingUnitsAndTheProvinceLevelRows() {
        Set<String> referenceCodes = SeedCsv.read("reference/units.csv").stream().map(u -> u.get("code"))
                .collect(Collectors.toSet());
        Map<String, Long> byType = units.findAll().stream().filter(u -> referenceCodes.contains(u.getCode()))
                .collect(Collectors.groupingBy(u -> u.getType().getCode(), Collectors.counting()));
        assertThat(byType).containsEntry("DEPARTMENT", 21L).containsEntry("PROVINCE_OFFICE", 1L)
                .containsEntry("DISTRICT", 11L).containsEntry("PROVINCE", 1L).containsEntry("PROVINCE_SUMMARY", 1L)
                .containsEntry("OTHER", 1L);
    }

    @Test
    void theCatalogCoversEverySeedIndicatorThatUnitsReport() {
        List<Map<String, String>> seedIndicators = SeedCsv.read("seed/indicators.csv");
        Set<String> catalog = indicators.findAll().stream().map(Indicator::getCode).collect(Collectors.toSet());
        for (Map<String, String> seed : seedIndicators) {
            String code = seed.get("code");
            assertThat(catalog.contains(code) || DERIVED_SEED_COLUMNS.contains(code))
                    .as("seed indicator %s is in the catalog or computed", code).isTrue();
        }
        assertThat(indicators.count()).isEqualTo(seedIndicators.size() - DERIVED_SEED_COLUMNS.size());
    }

    @Test
    void indicatorsApplyToTheUnitTypesThatReportThemInTheSeeds() {
        assertThat(types("dvc_online_rate_pct")).containsExactlyInAnyOrder("DEPARTMENT", "DISTRICT");
        assertThat(types("ecabinet_meetings_total")).containsExactlyInAnyOrder("DEPARTMENT", "PROVINCE_OFFICE", "DISTRICT");
        assertThat(types("nvtc_amount_ytd")).containsExactly("DISTRICT");
        assertThat(types("cert_total")).containsExactly("PROVINCE");
        assertThat(types("hotline_1022_received")).containsExactly("PROVINCE_SUMMARY");
        assertThat(types("bptoday_users")).containsExactlyInAnyOrder("DISTRICT", "OTHER");
        Unit finance = units.findByCode("SO_TAI_CHINH").orElseThrow();
        assertThat(indicators.findByCode("dvc_online_rate_pct").orElseThrow().appliesTo(finance)).isFalse();
        assertThat(indicators.findByCode("esigned_doc_pct").orElseThrow().appliesTo(finance)).isTrue();
    }

    @Test
    void nationalAndPlanTargets() {
        Indicator dvc = indicators.findByCode("dvc_online_rate_pct").orElseThrow();
        Indicator dossier = indicators.findByCode("dossier_online_rate_pct").orElseThrow();
        assertThat(targets.findByIndicatorOrderByYearAsc(dvc))
                .extracting(t -> t.getYear() + " " + t.getComparator() + " " + t.getValue().stripTrailingZeros().toPlainString())
                .containsExactly("2022 GE 80", "2023 GE 80", "2024 GE 80", "2025 GE 100");
        assertThat(targets.findByIndicatorOrderByYearAsc(dossier))
                .extracting(t -> t.getYear() + " " + t.getValue().stripTrailingZeros().toPlainString())
                .containsExactly("2022 50", "2023 50", "2024 50");
        assertThat(targets.findByIndicatorOrderByYearAsc(dvc).getLast().getSource()).contains("382/KH-UBND");
    }

    private Set<String> types(String code) {
        return indicators.findByCode(code).orElseThrow().getUnitTypeCodes();
    }
}
