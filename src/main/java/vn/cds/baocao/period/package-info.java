/**
 * Reporting periods (window, deadline, open or closed), their monthly creation, deadline extensions, holidays and
 * agency settings; depends on security, organization, audit and base.
 */
package vn.cds.baocao.period;
