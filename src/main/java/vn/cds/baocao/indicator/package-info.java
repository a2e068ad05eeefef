/**
 * The indicator catalog, sections, targets and the Đạt / Không đạt verdict, the change against an earlier figure,
 * each period's catalog and which unit reports which indicator in it; depends on period, organization, audit and
 * base.
 */
package vn.cds.baocao.indicator;
