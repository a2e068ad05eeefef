package vn.cds.baocao.organization.service;

import java.util.Locale;
import vn.cds.baocao.base.i18n.Messages;

/**
 * One reason a unit import file is refused, where it is: the row as a spreadsheet numbers it (the header is row 1)
 * and the column; the column is null when the problem concerns a whole row or the file.
 */
public record UnitImportProblem(int row, UnitImportColumn column, String messageKey, Object[] args) {

    public static UnitImportProblem at(int row, UnitImportColumn column, String messageKey, Object... args) {
        return new UnitImportProblem(row, column, messageKey, args);
    }

    /** "Dòng 5, cột 'Loại đơn vị': loại 'XA' không có trong danh mục …" in the reader's language. */
    public String message(Locale locale) {
        String reason = Messages.get(locale, messageKey, args);
        return column == null ? Messages.get(locale, "admin.unitImport.atRow", String.valueOf(row), reason)
                : Messages.get(locale, "admin.unitImport.atCell", String.valueOf(row), column.title(), reason);
    }
}
