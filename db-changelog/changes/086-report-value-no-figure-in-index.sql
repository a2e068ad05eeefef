--liquibase formatted sql

--changeset cds:086-report-value-no-figure-in-index
-- A period's tables also read which approved values are marked "không phát sinh" / "không có số liệu"
-- (report.domain.ApprovedValueQueries#approvedNoFigureMarks). The mark was only in the row: the statement looked up
-- every value of the period to find the few marked ones (~137.000 look-ups, 180 ms of the tables' 1,3 s at 3.500
-- units × 40 indicators, issue 14). With no_figure at the end of ix_report_value_figure (changeset 085) the marks
-- come from the index alone, as the numbers do. One statement: the index is rebuilt once and never missing.
ALTER TABLE report_value
    DROP INDEX ix_report_value_figure,
    ADD INDEX ix_report_value_figure (report_id, indicator_id, numeric_value, no_figure);
