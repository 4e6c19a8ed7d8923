package io.flowline.platform.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import org.junit.jupiter.api.Test;

class MailTemplatesTest {
    @Test
    void everyTextExistsInEveryLanguageWithTheSamePlaceholders() throws Exception {
        Properties english = own("en");
        assertEquals(Set.of("verification.subject", "verification.body", "already_registered.subject", "already_registered.body",
                "password_reset.subject", "password_reset.body", "invitation.subject", "invitation.body"), english.stringPropertyNames());
        for (String language : MailTemplates.LANGUAGES) {
            Properties texts = own(language);
            assertEquals(english.stringPropertyNames(), texts.stringPropertyNames(), language + "'s own file has every key, and no other");
            for (String key : english.stringPropertyNames()) {
                assertEquals(MailTemplates.placeholders(english.getProperty(key)), MailTemplates.placeholders(texts.getProperty(key)),
                        language + " " + key + " fills other placeholders than English");
            }
            assertEquals(texts.getProperty("verification.subject"), MailTemplates.bundle(language).getString("verification.subject"),
                    "the bundle of " + language + " is its own file");
        }
    }

    /** The keys in a language's own file, without what it would inherit from English. */
    private static Properties own(String language) throws Exception {
        String suffix = language.equals("en") ? "" : "_" + Locale.forLanguageTag(language);
        String resource = "/" + MailTemplates.BUNDLE.replace('.', '/') + suffix + ".properties";
        try (InputStream in = MailTemplates.class.getResourceAsStream(resource)) {
            assertNotNull(in, resource);
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }

    @Test
    void languagesMapToTheFourWeWriteAndEverythingElseToEnglish() {
        assertEquals("nb", MailTemplates.language("nb-NO"));
        assertEquals("nb", MailTemplates.language("no"));
        assertEquals("nb", MailTemplates.language("nn"));
        assertEquals("sv", MailTemplates.language("sv-SE"));
        assertEquals("zh-CN", MailTemplates.language("zh-CN"));
        assertEquals("zh-CN", MailTemplates.language("zh"));
        assertEquals("en", MailTemplates.language("de-DE"));
        assertEquals("en", MailTemplates.language(null));
    }

    @Test
    void renderingFillsThePlaceholdersInUtf8() {
        MailTemplates.Rendered mail = MailTemplates.render("verification", "zh-CN",
                Map.of("company", "橡木公司", "link", "https://x.example/v?token=evt_a$b\\c", "token", "evt_a$b\\c", "days", "7"));
        assertEquals("请确认您在 橡木公司 的电子邮件地址", mail.subject());
        assertTrue(mail.body().contains("https://x.example/v?token=evt_a$b\\c"), "values are taken literally: " + mail.body());
        assertTrue(mail.body().contains("7 天"), mail.body());
        assertThrows(IllegalArgumentException.class, () -> MailTemplates.render("verification", "en", Map.of("company", "Acme")));
    }
}
