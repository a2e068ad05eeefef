/**
 * A unit's monthly report: values, validation, the workflow and its transition table, baselines, history and the
 * approved figures other features read; depends on indicator, period, security, organization and base.
 */
package vn.cds.baocao.report;
