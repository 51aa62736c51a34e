/**
 * Statistical disclosure control: how a count about people is shown to a reader who must not learn
 * about any single person from it (funders today; public outputs, open data and consultation
 * results later). Independent of any feature: a feature computes its exact counts and their cell
 * keys in SQL with {@link lv.kopiena.disclosure.CellKeys} and turns each into what the reader sees
 * with {@link lv.kopiena.disclosure.RandomRounding}.
 *
 * <h2>The method</h2>
 * The cell-key method of the Australian Bureau of Statistics' TableBuilder (consistent
 * perturbation), with random rounding to base 5 as the perturbation:
 * <ol>
 *   <li><b>Record keys.</b> Every record that can be counted (an activity, a participant, a named
 *       attendance, a head-count row, a workshop sign-up, an institution) carries a random
 *       {@code record_key} from 0 to 2<sup>32</sup> - 1, drawn by the database from its
 *       cryptographic generator when the row is written (migration V720).</li>
 *   <li><b>Cell keys.</b> A cell's key is the sum of the keys of the records it counts, modulo
 *       2<sup>32</sup> (a head-count row of n people adds its key n times). The same set of records
 *       gives the same key whichever query, filter or period produced it, so asking again, or asking
 *       differently for the same people, shows the same figure and repeating a question teaches
 *       nothing. Two sets that differ by even one record get keys that are independent and
 *       uniform, because that record's key is.</li>
 *   <li><b>Random rounding to base 5.</b> 0 stays 0 (it identifies nobody); 1 to 4 are shown as
 *       "&lt;5"; a count v = 5q + r of 5 or more is shown as 5(q + 1) when key / 2<sup>32</sup>
 *       &lt; r / 5 and as 5q otherwise. The expected shown value is v (unbiased), a multiple of 5
 *       is never changed, and nothing of 5 or more is shown below 5. Amounts (hours) are rounded
 *       the same way and hidden when fewer than 5 people contributed.</li>
 * </ol>
 * Every shown figure, totals included, is rounded on its own, so rows need not add up to their
 * total; readers are told so. With every figure rounded, a difference of two figures is known only
 * to within about ±8, so comparing two reports (a period and the same period one day longer, a
 * municipality with and without a former one, a filter against no filter) never pins a count from 1
 * to 4, which plain small-cell suppression could not promise. Periods are further snapped to whole
 * months by the reports that use this, so that fine date steps give the very same report.
 *
 * <h2>Remaining risk</h2>
 * Rounding is noise, and noise averages out: an attacker who finds many <em>different</em> pairs
 * of reports whose difference is the same small group (for one month: [a..m] minus [a..m-1] for
 * every start month a, and the same with every filter value) gets independent noisy estimates of
 * that group and can average them. How often that recovers an exact small count on the demo data is
 * measured by {@code AveragingAttackBenchmark} and stated in the README. The keys live in the
 * database: whoever can read the tables can undo the protection, as they can read the records
 * themselves.
 */
@NullMarked
package lv.kopiena.disclosure;

import org.jspecify.annotations.NullMarked;
