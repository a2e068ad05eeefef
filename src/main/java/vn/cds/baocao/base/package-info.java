/**
 * Shared pieces with no feature of their own (database start-up and pool, message bundles, number and date formats,
 * error pages and refusals, CSV written and read, uploads (the streamed, zip-bomb-guarded XLSX reader of
 * base.spreadsheet and the bounded upload handler), clock, entity base classes, small UI helpers); depends on no
 * feature.
 */
package vn.cds.baocao.base;
