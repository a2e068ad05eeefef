package vn.cds.baocao.organization.service;

import java.util.List;

/**
 * The accounts that report for a unit, as a merge of units sees them: "move the reporters of the merged units to
 * their successor". Implemented by security, which owns the accounts.
 */
public interface ReporterAccounts {

    /** Moves the reporter accounts of {@code fromUnitId} to {@code toUnitId}; returns their usernames. */
    List<String> moveReporters(long fromUnitId, long toUnitId);
}
