/** Hours ledger of an educator, certificates of attended workshops and their public check. */
@NullMarked
package lv.kopiena.certificate;

import org.jspecify.annotations.NullMarked;
