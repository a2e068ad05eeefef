package vn.cds.baocao.bulletin.service;

import java.util.List;
import vn.cds.baocao.exchange.service.document.DocTable;

/**
 * SỐ LIỆU THỐNG KÊ of a bulletin as taken from approved data at one moment, stored with the bulletin (JSON) so that
 * a later approval never changes what a published bulletin says.
 *
 * @param notApprovedUnits the expected units whose report was not approved when the snapshot was taken
 */
public record StatisticsSnapshot(String heading, long approvedReports, long expectedUnits, String approvedLine,
                                 List<String> notApprovedUnits, List<Block> blocks) {

    /**
     * One numbered part: a table (with its generated highlight sentences), or the paragraphs of a province-wide
     * section ({@code table} null).
     */
    public record Block(String code, String title, List<String> paragraphs, DocTable table,
                        List<String> highlights) {
    }
}
