/**
 * Data in and out: report documents (DOCX, XLSX, PDF), the Excel templates and their import, the JSON API and its
 * tokens; depends on analytics, report, indicator, period, security, organization, audit and base.
 */
package vn.cds.baocao.exchange;
