/**
 * The frame around every screen: the layout with its menu, header, bell and language switch, the home page and the
 * error pages; may depend on every feature.
 */
package vn.cds.baocao.shell;
