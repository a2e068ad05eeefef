/**
 * The composed "Báo cáo chuyên đề" (bulletin) of a period: its sections and items, pictures, the statistics taken
 * from approved data with editable highlight sentences, its own workflow (compose → submit → publish or return;
 * corrections as new editions), the readers' page and its DOCX/PDF (docs/bulletin.md).
 */
package vn.cds.baocao.bulletin;
