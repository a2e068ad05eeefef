--liquibase formatted sql

--changeset cds:085-report-value-covering-index
-- The approved figures of a period (the dashboards, documents and API: report.domain.ApprovedValueQueries) read
-- report_value by report and indicator for the number only. Through uq_report_value (report_id, indicator_id)
-- each of them also cost a look-up of the row for numeric_value: ~137.000 per period at 3.500 units × 40
-- indicators (issue 14). With the number in the index the figures come from the index alone ("Using index").
-- The rare text values are read apart (ApprovedValueQueries#approvedFigures).
CREATE INDEX ix_report_value_figure ON report_value (report_id, indicator_id, numeric_value);
