/**
 * Units, unit types, aliases, names through time, merges and successors; depends on audit and base.
 */
package vn.cds.baocao.organization;
