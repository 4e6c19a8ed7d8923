package io.flowline.platform.mail;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The texts of the platform's e-mails, in UTF-8 properties bundles ({@code mail/texts*.properties}): each template has a
 * {@code <template>.subject} and a {@code <template>.body} with named placeholders such as {@code {link}}. A language the
 * bundles do not have falls back to English, never to the server's own locale.
 */
public final class MailTemplates {
    public static final String BUNDLE = "io.flowline.platform.mail.texts";
    /** The languages e-mails are written in, as BCP 47 tags. */
    public static final List<String> LANGUAGES = List.of("en", "nb", "sv", "zh-CN");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_]+)}");
    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    public record Rendered(String language, String subject, String body) {
    }

    private MailTemplates() {
    }

    /** One of {@link #LANGUAGES} for a BCP 47 tag: Norwegian (no, nb, nn) is bokmål, any Chinese is Simplified; else English. */
    public static String language(String tag) {
        if (tag == null || tag.isBlank()) {
            return "en";
        }
        String primary = Locale.forLanguageTag(tag.replace('_', '-')).getLanguage();
        return switch (primary) {
            case "nb", "no", "nn" -> "nb";
            case "sv" -> "sv";
            case "zh" -> "zh-CN";
            default -> "en";
        };
    }

    public static Rendered render(String template, String languageTag, Map<String, String> params) {
        String language = language(languageTag);
        ResourceBundle bundle = bundle(language);
        return new Rendered(language, fill(text(bundle, template + ".subject"), params), fill(text(bundle, template + ".body"), params));
    }

    static ResourceBundle bundle(String language) {
        return ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag(language), MailTemplates.class.getClassLoader(), NO_FALLBACK);
    }

    private static String text(ResourceBundle bundle, String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("no e-mail text " + key, e);
        }
    }

    /** Replaces every {name}; a placeholder without a value is a programming error, not a blank in someone's mail. */
    static String fill(String text, Map<String, String> params) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = params.get(matcher.group(1));
            if (value == null) {
                throw new IllegalArgumentException("no value for {" + matcher.group(1) + "}");
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        return matcher.appendTail(out).toString();
    }

    /** The placeholders a text uses, for the test that every language fills the same ones. */
    static java.util.Set<String> placeholders(String text) {
        java.util.Set<String> names = new java.util.TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }
}
