/**
 * The reviewers' work: the review queue and screen, the completeness board and reminders; depends on report,
 * indicator, period, security, organization and base.
 */
package vn.cds.baocao.review;
