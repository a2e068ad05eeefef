/**
 * Tables, rankings, composite scores and trends over approved figures only; depends on report, indicator, period,
 * security, organization and base.
 */
package vn.cds.baocao.analytics;
