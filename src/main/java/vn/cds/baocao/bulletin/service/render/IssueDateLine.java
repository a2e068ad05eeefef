package vn.cds.baocao.bulletin.service.render;

import java.time.LocalDate;

/**
 * The place and date line of Nghị định 30/2020/NĐ-CP: "Bình Phước, ngày 22 tháng 4 năm 2024", with a 0 before a day
 * under 10 and a month under 3 ("ngày 05 tháng 02 năm 2025"). For the service that builds
 * {@link BulletinContent.Header#dateLine()}.
 */
public final class IssueDateLine {

    private IssueDateLine() {
    }

    public static String of(String place, LocalDate date) {
        String day = date.getDayOfMonth() < 10 ? "0" + date.getDayOfMonth() : String.valueOf(date.getDayOfMonth());
        String month = date.getMonthValue() < 3 ? "0" + date.getMonthValue() : String.valueOf(date.getMonthValue());
        String line = "ngày " + day + " tháng " + month + " năm " + date.getYear();
        return place == null || place.isBlank() ? capitalised(line) : place.strip() + ", " + line;
    }

    private static String capitalised(String line) {
        return Character.toUpperCase(line.charAt(0)) + line.substring(1);
    }
}
