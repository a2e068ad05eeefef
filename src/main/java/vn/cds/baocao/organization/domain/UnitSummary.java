package vn.cds.baocao.organization.domain;

import java.time.LocalDate;
import java.util.Locale;
import vn.cds.baocao.base.i18n.Messages;

/**
 * A unit with its type as plain values, for lists of many units ({@link UnitRows}).
 *
 * @param reportingType units of this type are expected to report ({@code unit_type.reporting})
 * @param validTo       last day the unit exists; null while active
 */
public record UnitSummary(long id, String code, String shortName, String fullName, String typeCode,
                          String typeNameVi, String typeNameEn, boolean reportingType, LocalDate validFrom,
                          LocalDate validTo, int displayOrder, int typeOrder) {

    /** See {@link Unit#reportsForCutOff}: the same rule, on the same fields. */
    public boolean reportsForCutOff(LocalDate cutOff) {
        return Unit.reportsForCutOff(reportingType, validFrom, validTo, cutOff);
    }

    public String typeName(Locale locale) {
        return Messages.pick(locale, typeNameVi, typeNameEn);
    }
}
