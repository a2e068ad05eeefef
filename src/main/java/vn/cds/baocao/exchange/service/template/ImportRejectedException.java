package vn.cds.baocao.exchange.service.template;

import java.util.List;
import vn.cds.baocao.base.error.BusinessException;

/** The uploaded template was refused: nothing was saved. {@link #getProblems()} lists every reason found. */
public class ImportRejectedException extends BusinessException {

    private final transient List<ImportProblem> problems;

    public ImportRejectedException(List<ImportProblem> problems) {
        super("exchange.import.rejected", String.valueOf(problems.size()));
        this.problems = List.copyOf(problems);
    }

    public List<ImportProblem> getProblems() {
        return problems;
    }
}
