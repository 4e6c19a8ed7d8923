package io.flowline.platform.security;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import me.gosimple.nbvcxz.resources.ConfigurationBuilder;
import me.gosimple.nbvcxz.resources.Dictionary;

/**
 * NIST SP 800-63B style: length from 8 to 128 (long passphrases welcome, no composition rules),
 * and none of the common passwords in nbvcxz's leaked-password list (about 100,000 entries).
 */
public final class PasswordPolicy {
    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 128;

    private static final class CommonPasswords {
        static final Set<String> WORDS = ConfigurationBuilder.getDefaultDictionaries().stream()
                .filter(d -> "passwords".equals(d.getDictionaryName()))
                .map(Dictionary::getDictonary)
                .findFirst()
                .map(java.util.Map::keySet)
                .orElseThrow(() -> new IllegalStateException("nbvcxz ships no passwords dictionary"));
    }

    private PasswordPolicy() {
    }

    /** Why the password is refused, if it is. */
    public static Optional<String> problem(String password) {
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of("must be at least " + MIN_LENGTH + " characters");
        }
        if (length > MAX_LENGTH) {
            return Optional.of("must be at most " + MAX_LENGTH + " characters");
        }
        if (CommonPasswords.WORDS.contains(password.toLowerCase(Locale.ROOT))) {
            return Optional.of("is one of the most common passwords; choose another");
        }
        return Optional.empty();
    }
}
