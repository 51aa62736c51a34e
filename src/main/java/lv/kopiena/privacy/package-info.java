@NullMarked
package lv.kopiena.privacy;

import org.jspecify.annotations.NullMarked;
