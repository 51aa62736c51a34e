/** The report page: filters, the view banner, key figures, charts beside tables, downloads. */
@NullMarked
package lv.kopiena.report.ui;

import org.jspecify.annotations.NullMarked;
