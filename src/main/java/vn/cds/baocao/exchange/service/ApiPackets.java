package vn.cds.baocao.exchange.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The JSON packets of the read-only API. Every answer is a {@link Packet}: a header saying what the packet holds,
 * who sends it and when, and the data. The packet types follow the exchanges QCVN 125:2021/BTTTT names between
 * reporting systems (report regimes, periods, indicator list, report data, report status); docs/exchange.md maps
 * them field by field.
 */
public final class ApiPackets {

    private ApiPackets() {
    }

    /** What a packet holds. */
    public enum PacketType {
        /** Chế độ báo cáo. */
        CHE_DO_BAO_CAO,
        /** Kỳ báo cáo. */
        KY_BAO_CAO,
        /** Danh mục đơn vị báo cáo. */
        DANH_MUC_DON_VI,
        /** Danh mục chỉ tiêu (with targets). */
        DANH_MUC_CHI_TIEU,
        /** Dữ liệu báo cáo (approved values only). */
        DU_LIEU_BAO_CAO,
        /** Trạng thái báo cáo. */
        TRANG_THAI_BAO_CAO,
        /** Xếp hạng đơn vị theo một chỉ tiêu. */
        XEP_HANG
    }

    /** A packet: its header and its data. */
    public record Packet<T>(Header header, T data) {
    }

    /**
     * @param regime  the report regime the data belongs to ({@link ApiDataService#REGIME_CODE})
     * @param period  the period the data belongs to ("2024-07"), when it belongs to one
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Header(PacketType type, String version, String regime, String period, Sender sender,
                         OffsetDateTime createdAt) {
    }

    /** The system that answers: the reviewing agency of the province. */
    public record Sender(String agency, String province) {
    }

    public record Regime(String code, String name, String frequency, String agency, String steeringCommittee,
                         String province, List<Section> sections) {
    }

    public record Section(String code, String name) {
    }

    public record Period(String code, String label, int year, int month, LocalDate dataFrom, LocalDate dataTo,
                         LocalDate deadline, String status) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Unit(String code, String name, String shortName, String type, String typeName, String parent,
                       LocalDate validFrom, LocalDate validTo, String successor) {
    }

    public record Indicator(String code, Section section, String name, String shortName, String nameEn,
                            String valueType, String unitOfMeasure, String cumulativeRule, String aggregation,
                            boolean higherIsBetter, List<String> unitTypes, List<Target> targets) {
    }

    /** @param unitType the unit type the target applies to; null for the general target */
    public record Target(int year, String comparator, BigDecimal value, String unitType, String source) {
    }

    /** The approved reports of a period. */
    public record Data(List<UnitReport> reports) {
    }

    public record UnitReport(String unit, LocalDateTime approvedAt, List<Value> values) {
    }

    /**
     * One approved value: a number, a text, or no figure ({@code noFigure} NOT_OCCURRED "Không phát sinh" /
     * NOT_AVAILABLE "Không có số liệu", with the unit's {@code reason}; never a 0 in {@code value}).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Value(String indicator, BigDecimal value, String text, String noFigure, String reason) {

        public Value(String indicator, BigDecimal value, String text) {
            this(indicator, value, text, null, null);
        }
    }

    /**
     * @param status NOT_STARTED, DRAFT, SUBMITTED, RETURNED or APPROVED
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ReportStatus(String unit, String status, LocalDate deadline, LocalDateTime firstSubmittedAt,
                               LocalDateTime approvedAt) {
    }

    public record Ranking(String indicator, String indicatorName, String unitType, BigDecimal target,
                          String comparedWith, List<RankingRow> rows) {
    }

    /**
     * @param state   VALUE (ranked), NO_VALUE (approved without this figure) or NOT_APPROVED
     * @param verdict MET or MISSED against the target of the year, null without target or value
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RankingRow(Integer rank, String unit, String state, BigDecimal value, String verdict,
                             Integer previousRank) {
    }
}
