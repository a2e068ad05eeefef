/**
 * In-app and e-mail notifications of workflow events and deadlines, and the bell; depends on report, indicator,
 * period, security, organization and base.
 */
package vn.cds.baocao.notification;
