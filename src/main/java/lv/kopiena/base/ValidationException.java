package lv.kopiena.base;

/**
 * A business rule refused the input (the forms check the same rules first; this guards the
 * service for any other caller). The message is a translation key, arguments optional.
 */
public class ValidationException extends RuntimeException {
    private final String translationKey;
    private final transient Object[] arguments;

    public ValidationException(String translationKey, Object... arguments) {
        super(translationKey);
        this.translationKey = translationKey;
        this.arguments = arguments.clone();
    }

    public String translationKey() {
        return translationKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
