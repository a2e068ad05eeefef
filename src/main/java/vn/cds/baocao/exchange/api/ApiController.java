package vn.cds.baocao.exchange.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.cds.baocao.exchange.service.ApiDataService;
import vn.cds.baocao.exchange.service.ApiPackets;
import vn.cds.baocao.exchange.service.ApiPackets.Packet;

/**
 * The read-only JSON API, version 1. Every answer is a packet (header + data); see docs/exchange.md. Every
 * parameter is checked ({@link ApiParameters}, then the service): a bad one is a 400 in Vietnamese naming it.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
@Tag(name = "CĐS Báo cáo", description = "Số liệu đã phê duyệt, chỉ đọc")
public class ApiController {

    private final ApiDataService data;

    public ApiController(ApiDataService data) {
        this.data = data;
    }

    @GetMapping("/report-regimes")
    @Operation(summary = "Chế độ báo cáo", description = "Báo cáo chuyển đổi số hằng tháng: cơ quan tổng hợp, các phần.")
    public Packet<List<ApiPackets.Regime>> regimes(HttpServletRequest request) {
        ApiParameters.check(request, List.of());
        return data.regimes();
    }

    @GetMapping("/periods")
    @Operation(summary = "Kỳ báo cáo", description = "Mọi kỳ, mới nhất trước: khoảng số liệu, hạn nộp, đang mở hay đã khóa.")
    public Packet<List<ApiPackets.Period>> periods(HttpServletRequest request) {
        ApiParameters.check(request, List.of());
        return data.periods();
    }

    @GetMapping("/units")
    @Operation(summary = "Danh mục đơn vị", description = "Mọi đơn vị; với tham số period, chỉ các đơn vị phải báo cáo kỳ đó.")
    public Packet<List<ApiPackets.Unit>> units(
            @Parameter(description = "Kỳ báo cáo, dạng yyyy-MM, ví dụ 2024-07") @RequestParam(required = false) String period,
            HttpServletRequest request) {
        ApiParameters.check(request, List.of("period"));
        return data.units(period);
    }

    @GetMapping("/periods/{period}/indicators")
    @Operation(summary = "Danh mục chỉ tiêu", description = "Các chỉ tiêu của kỳ và chỉ tiêu phải đạt của năm.")
    public Packet<List<ApiPackets.Indicator>> indicators(
            @Parameter(description = "Kỳ báo cáo, dạng yyyy-MM") @PathVariable String period,
            HttpServletRequest request) {
        ApiParameters.check(request, List.of(), "period", period);
        return data.indicators(period);
    }

    @GetMapping("/periods/{period}/data")
    @Operation(summary = "Dữ liệu báo cáo", description = "Số liệu của các báo cáo ĐÃ PHÊ DUYỆT trong kỳ; báo cáo "
            + "chưa duyệt không có ở đây.")
    public Packet<ApiPackets.Data> data(@PathVariable String period,
            @Parameter(description = "Mã đơn vị, ví dụ SO_GDDT") @RequestParam(required = false) String unit,
            HttpServletRequest request) {
        ApiParameters.check(request, List.of("unit"), "period", period);
        return data.data(period, unit);
    }

    @GetMapping("/periods/{period}/report-status")
    @Operation(summary = "Trạng thái báo cáo", description = "Tình trạng báo cáo của từng đơn vị trong kỳ, hạn nộp, "
            + "thời điểm nộp và phê duyệt (không kèm số liệu).")
    public Packet<List<ApiPackets.ReportStatus>> reportStatus(@PathVariable String period,
                                                              HttpServletRequest request) {
        ApiParameters.check(request, List.of(), "period", period);
        return data.reportStatus(period);
    }

    @GetMapping("/periods/{period}/rankings/{indicator}")
    @Operation(summary = "Xếp hạng", description = "Xếp hạng đơn vị theo một chỉ tiêu, từ số liệu đã phê duyệt.")
    public Packet<ApiPackets.Ranking> ranking(@PathVariable String period,
            @Parameter(description = "Mã chỉ tiêu, ví dụ dvc_online_rate_pct") @PathVariable String indicator,
            @Parameter(description = "Mã loại đơn vị, ví dụ DISTRICT") @RequestParam(required = false) String unitType,
            HttpServletRequest request) {
        ApiParameters.check(request, List.of("unitType"), "period", period, "indicator", indicator);
        return data.ranking(period, indicator, unitType);
    }
}
