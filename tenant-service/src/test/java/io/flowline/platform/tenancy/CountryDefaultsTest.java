package io.flowline.platform.tenancy;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class CountryDefaultsTest {

    @Test
    void germany() {
        assertEquals(Optional.of(new CountryDefaults("de-DE", "EUR", "Europe/Berlin")), CountryDefaults.forCountry("DE"));
    }

    @Test
    void switzerlandTakesGermanAndFrancsAndZurich() {
        assertEquals(Optional.of(new CountryDefaults("de-CH", "CHF", "Europe/Zurich")), CountryDefaults.forCountry("CH"));
    }

    @Test
    void unitedStatesTakesEnglishAndDollarsAndNewYork() {
        assertEquals(Optional.of(new CountryDefaults("en-US", "USD", "America/New_York")), CountryDefaults.forCountry("US"));
    }

    @Test
    void japanTakesItsLanguageFromTheJdk() {
        assertEquals(Optional.of(new CountryDefaults("ja-JP", "JPY", "Asia/Tokyo")), CountryDefaults.forCountry("JP"));
    }

    @Test
    void unknownCodeHasNoDefaults() {
        assertEquals(Optional.empty(), CountryDefaults.forCountry("XX"));
        assertEquals(Optional.empty(), CountryDefaults.forCountry(null));
    }

    @Test
    void everyIsoCountryHasAUsableLocaleCurrencyAndZone() {
        for (String country : Locale.getISOCountries()) {
            CountryDefaults defaults = CountryDefaults.forCountry(country).orElseThrow(() -> new AssertionError(country));
            assertTrue(defaults.locale().endsWith("-" + country), country + ": " + defaults.locale());
            assertTrue(defaults.currency().matches("[A-Z]{3}"), country + ": " + defaults.currency());
            assertDoesNotThrow(() -> ZoneId.of(defaults.timeZone()), country + ": " + defaults.timeZone());
        }
    }
}
