package io.flowline.platform.logging;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the application writes to its logs must not identify a person or hand out access: e-mail addresses are masked
 * ({@code jane@acme.example} becomes {@code j***@acme.example}) and anything shaped like a JWT is replaced. Exceptions
 * are logged through {@link #masked(Throwable)}, since a database's message may quote the value it refused.
 */
public final class LogMasks {
    private static final Pattern EMAIL = Pattern.compile("([\\p{L}\\p{N}._%+-])[\\p{L}\\p{N}._%+-]*@([\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+)");
    private static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_-]*\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*");
    private static final int MAX_CAUSES = 20;

    private LogMasks() {
    }

    public static String mask(String text) {
        if (text == null) {
            return null;
        }
        String withoutTokens = JWT.matcher(text).replaceAll("[token]");
        return EMAIL.matcher(withoutTokens).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + "***@" + m.group(2)));
    }

    /** A copy of the exception and its causes with masked messages and the original stack traces. */
    public static Throwable masked(Throwable exception) {
        return masked(exception, 0);
    }

    private static Throwable masked(Throwable exception, int depth) {
        Throwable cause = exception.getCause() != null && exception.getCause() != exception && depth < MAX_CAUSES
                ? masked(exception.getCause(), depth + 1) : null;
        MaskedException copy = new MaskedException(exception.getClass().getName()
                + (exception.getMessage() == null ? "" : ": " + mask(exception.getMessage())), cause);
        copy.setStackTrace(exception.getStackTrace());
        return copy;
    }

    /** Stands in for the original exception in a log record; its message starts with the original's class. */
    static final class MaskedException extends RuntimeException {
        MaskedException(String message, Throwable cause) {
            super(message, cause);
        }

        @Override
        public String toString() {
            return getMessage();
        }
    }
}
