/**
 * The administration audit log (who changed what, when; the "Nhật ký quản trị" screen), which every feature may
 * write; depends on base only.
 */
package vn.cds.baocao.audit;
