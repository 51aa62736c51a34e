package lv.kopiena.institution;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import lv.kopiena.institution.SimilarInstitution.Likeness;

/**
 * Decides whether two institution names look like the same institution. Names are compared as
 * keys: lower case, without accents, quotes and punctuation, without legal forms ("SIA",
 * "biedrība", "nodibinājums" ...), single spaces. The repository uses {@link #stems} to find a
 * few candidates in SQL; this class then scores only those.
 */
final class NameSimilarity {

    /** Legal forms and words that say what kind of body it is, not which one (already normalised). */
    private static final Set<String> LEGAL_FORMS = Set.of(
            "sia", "as", "ik", "ks", "ps", "biedriba", "nodibinajums", "nvo",
            "ltd", "llc", "inc", "gmbh", "uab", "vsi", "tov", "тов", "пп", "го", "бф");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern SLASHED_LEGAL_FORM = Pattern.compile("(?<![\\p{L}\\p{N}])a/s(?![\\p{L}\\p{N}])");
    private static final Pattern NUMBER = Pattern.compile("\\p{N}+");
    /** How many letters of a word are looked for in SQL: enough to be selective, short enough to survive a typo at the end. */
    private static final int STEM_LENGTH = 4;
    private static final int MAX_STEMS = 4;

    private NameSimilarity() {
    }

    /** The words of a name's key; legal forms are dropped unless nothing else is left. */
    static List<String> words(String name) {
        String s = name.toLowerCase(Locale.ROOT);
        s = SLASHED_LEGAL_FORM.matcher(s).replaceAll(" ");
        s = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        List<String> all = Arrays.stream(NOT_A_WORD.split(s)).filter(w -> !w.isEmpty()).toList();
        List<String> significant = all.stream().filter(w -> !LEGAL_FORMS.contains(w)).toList();
        return significant.isEmpty() ? all : significant;
    }

    /** The comparable key of a name, e.g. Biedrība "Vārkavas sievietes" -> "varkavas sievietes". */
    static String key(String name) {
        return String.join(" ", words(name));
    }

    /**
     * What the SQL prefilter looks for: the beginnings of the longest words (a typo is more often
     * later in a word) and the numbers of a name ("Preiļu 1. pamatskola": "pama", "prei", "1").
     * Candidates sharing the most of them come first. Empty when the name has neither a word of
     * three letters or more nor a number.
     */
    static List<String> stems(String name) {
        List<String> words = words(name);
        List<String> stems = new ArrayList<>(words.stream()
                .filter(w -> w.length() >= 3 && !NUMBER.matcher(w).matches())
                .distinct()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .limit(MAX_STEMS)
                .map(w -> w.substring(0, Math.min(STEM_LENGTH, w.length())))
                .distinct()
                .toList());
        if (!stems.isEmpty()) {
            numbers(words).stream().distinct().limit(2).forEach(stems::add);
        }
        return List.copyOf(stems);
    }

    /** How alike two names are, or empty when they look like different institutions. */
    static Optional<Likeness> compare(String a, String b) {
        List<String> wa = words(a);
        List<String> wb = words(b);
        if (wa.isEmpty() || wb.isEmpty()) {
            return Optional.empty();
        }
        List<String> na = numbers(wa);
        List<String> nb = numbers(wb);
        if (!na.isEmpty() && !nb.isEmpty() && !na.equals(nb)) {
            // "Preiļu 1. pamatskola" and "Preiļu 2. pamatskola" are two schools, one letter apart
            return Optional.empty();
        }
        String ka = String.join(" ", wa);
        String kb = String.join(" ", wb);
        String sa = sortedKey(wa);
        String sb = sortedKey(wb);
        if (ka.equals(kb) || sa.equals(sb)) {
            return Optional.of(Likeness.SAME_NAME);
        }
        if (contained(wa, wb) || contained(wb, wa)) {
            return Optional.of(Likeness.CONTAINED);
        }
        int allowed = allowedEdits(Math.max(ka.length(), kb.length()));
        if (allowed > 0 && Math.min(distance(ka, kb), distance(sa, sb)) <= allowed) {
            return Optional.of(Likeness.SIMILAR_NAME);
        }
        return Optional.empty();
    }

    /** Every word of the shorter name is a word of the longer one, and the shorter says enough. */
    private static boolean contained(List<String> shorter, List<String> longer) {
        if (shorter.size() >= longer.size()) {
            return false;
        }
        int letters = shorter.stream().mapToInt(String::length).sum();
        return letters >= 4 && Set.copyOf(longer).containsAll(shorter);
    }

    /** A typo or two in a long name, none in a very short one (where one letter makes another word). */
    private static int allowedEdits(int length) {
        if (length <= 5) {
            return 0;
        }
        if (length <= 12) {
            return 1;
        }
        return length <= 25 ? 2 : 3;
    }

    private static List<String> numbers(List<String> words) {
        return words.stream().filter(w -> NUMBER.matcher(w).matches()).sorted().toList();
    }

    private static String sortedKey(List<String> words) {
        return String.join(" ", words.stream().sorted().toList());
    }

    /** Levenshtein distance (names are at most 200 characters, so two rows suffice). */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    /** Orders matches for the warning: the likeliest duplicates first. */
    static Comparator<SimilarInstitution> strongestFirst(String name) {
        String key = key(name);
        return Comparator.comparing(SimilarInstitution::likeness)
                .thenComparingInt(s -> distance(key, key(s.institution().name())))
                .thenComparing(s -> s.institution().name());
    }

    /** Scores candidates and keeps the alike ones, strongest first. */
    static List<SimilarInstitution> similar(String name, List<InstitutionOption> candidates, int limit) {
        List<SimilarInstitution> result = new ArrayList<>();
        for (InstitutionOption candidate : candidates) {
            compare(name, candidate.name()).ifPresent(l -> result.add(new SimilarInstitution(candidate, l)));
        }
        result.sort(strongestFirst(name));
        return result.size() > limit ? List.copyOf(result.subList(0, limit)) : List.copyOf(result);
    }
}
