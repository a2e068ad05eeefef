package vn.cds.baocao.report.service;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Everything the validation found in a report's values. */
public record ValidationResult(List<FieldIssue> issues) {

    public ValidationResult {
        issues = List.copyOf(issues);
    }

    public boolean hasErrors() {
        return issues.stream().anyMatch(FieldIssue::isError);
    }

    public List<FieldIssue> errors() {
        return issues.stream().filter(FieldIssue::isError).toList();
    }

    public List<FieldIssue> warnings() {
        return issues.stream().filter(issue -> !issue.isError()).toList();
    }

    public List<FieldIssue> issuesFor(long indicatorId) {
        return issues.stream().filter(issue -> issue.indicatorId() == indicatorId).toList();
    }

    /** Indicators with a warning but no explanation yet. */
    public Set<Long> unexplainedWarnings(Map<Long, String> explanations) {
        return warnings().stream().map(FieldIssue::indicatorId)
                .filter(id -> explanations.getOrDefault(id, "").isBlank())
                .collect(Collectors.toSet());
    }
}
