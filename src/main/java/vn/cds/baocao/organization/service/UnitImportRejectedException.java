package vn.cds.baocao.organization.service;

import java.util.List;
import vn.cds.baocao.base.error.BusinessException;

/** A unit import file with problems: nothing was created; every problem is listed, where it is. */
public class UnitImportRejectedException extends BusinessException {

    private final transient List<UnitImportProblem> problems;

    public UnitImportRejectedException(List<UnitImportProblem> problems) {
        super("admin.unitImport.rejected", String.valueOf(problems.size()));
        this.problems = List.copyOf(problems);
    }

    public List<UnitImportProblem> problems() {
        return problems;
    }
}
