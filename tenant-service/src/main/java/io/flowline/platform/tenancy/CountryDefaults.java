package io.flowline.platform.tenancy;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The locale, currency and time zone a company in a country starts with; each can be changed later.
 * Currency comes from the JDK's ISO 4217 data; language and zone from the JDK's locales where they are
 * unambiguous and from the tables below where a country has several (the capital's zone, the majority language).
 */
public record CountryDefaults(String locale, String currency, String timeZone) {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    /** Zone of the capital or the main business centre. */
    private static final Map<String, String> ZONES = Map.ofEntries(
            Map.entry("AD", "Europe/Andorra"), Map.entry("AE", "Asia/Dubai"), Map.entry("AR", "America/Argentina/Buenos_Aires"),
            Map.entry("AT", "Europe/Vienna"), Map.entry("AU", "Australia/Sydney"), Map.entry("BA", "Europe/Sarajevo"),
            Map.entry("BE", "Europe/Brussels"), Map.entry("BG", "Europe/Sofia"), Map.entry("BR", "America/Sao_Paulo"),
            Map.entry("CA", "America/Toronto"), Map.entry("CH", "Europe/Zurich"), Map.entry("CL", "America/Santiago"),
            Map.entry("CN", "Asia/Shanghai"), Map.entry("CO", "America/Bogota"), Map.entry("CY", "Asia/Nicosia"),
            Map.entry("CZ", "Europe/Prague"), Map.entry("DE", "Europe/Berlin"), Map.entry("DK", "Europe/Copenhagen"),
            Map.entry("EE", "Europe/Tallinn"), Map.entry("EG", "Africa/Cairo"), Map.entry("ES", "Europe/Madrid"),
            Map.entry("FI", "Europe/Helsinki"), Map.entry("FR", "Europe/Paris"), Map.entry("GB", "Europe/London"),
            Map.entry("GR", "Europe/Athens"), Map.entry("HK", "Asia/Hong_Kong"), Map.entry("HR", "Europe/Zagreb"),
            Map.entry("HU", "Europe/Budapest"), Map.entry("ID", "Asia/Jakarta"), Map.entry("IE", "Europe/Dublin"),
            Map.entry("IL", "Asia/Jerusalem"), Map.entry("IN", "Asia/Kolkata"), Map.entry("IS", "Atlantic/Reykjavik"),
            Map.entry("IT", "Europe/Rome"), Map.entry("JP", "Asia/Tokyo"), Map.entry("KE", "Africa/Nairobi"),
            Map.entry("KR", "Asia/Seoul"), Map.entry("LI", "Europe/Vaduz"), Map.entry("LT", "Europe/Vilnius"),
            Map.entry("LU", "Europe/Luxembourg"), Map.entry("LV", "Europe/Riga"), Map.entry("MA", "Africa/Casablanca"),
            Map.entry("MT", "Europe/Malta"), Map.entry("MX", "America/Mexico_City"), Map.entry("MY", "Asia/Kuala_Lumpur"),
            Map.entry("NG", "Africa/Lagos"), Map.entry("NL", "Europe/Amsterdam"), Map.entry("NO", "Europe/Oslo"),
            Map.entry("NZ", "Pacific/Auckland"), Map.entry("PE", "America/Lima"), Map.entry("PH", "Asia/Manila"),
            Map.entry("PL", "Europe/Warsaw"), Map.entry("PT", "Europe/Lisbon"), Map.entry("RO", "Europe/Bucharest"),
            Map.entry("RS", "Europe/Belgrade"), Map.entry("SA", "Asia/Riyadh"), Map.entry("SE", "Europe/Stockholm"),
            Map.entry("SG", "Asia/Singapore"), Map.entry("SI", "Europe/Ljubljana"), Map.entry("SK", "Europe/Bratislava"),
            Map.entry("TH", "Asia/Bangkok"), Map.entry("TR", "Europe/Istanbul"), Map.entry("TW", "Asia/Taipei"),
            Map.entry("UA", "Europe/Kyiv"), Map.entry("US", "America/New_York"), Map.entry("VN", "Asia/Ho_Chi_Minh"),
            Map.entry("ZA", "Africa/Johannesburg"));

    /** Majority language where the JDK knows several for the country. */
    private static final Map<String, String> LANGUAGES = Map.ofEntries(
            Map.entry("BE", "nl"), Map.entry("CA", "en"), Map.entry("CH", "de"), Map.entry("CY", "el"),
            Map.entry("ES", "es"), Map.entry("FI", "fi"), Map.entry("IE", "en"), Map.entry("IN", "en"),
            Map.entry("IT", "it"), Map.entry("LU", "fr"), Map.entry("MT", "mt"), Map.entry("NO", "nb"),
            Map.entry("SG", "en"), Map.entry("US", "en"), Map.entry("ZA", "en"), Map.entry("AT", "de"),
            Map.entry("DE", "de"), Map.entry("FR", "fr"), Map.entry("GB", "en"), Map.entry("NL", "nl"),
            Map.entry("AU", "en"), Map.entry("NZ", "en"), Map.entry("PH", "en"), Map.entry("KE", "en"),
            Map.entry("NG", "en"), Map.entry("HK", "zh"), Map.entry("MY", "ms"), Map.entry("IL", "he"),
            Map.entry("MA", "ar"), Map.entry("PT", "pt"), Map.entry("BR", "pt"), Map.entry("SE", "sv"),
            Map.entry("DK", "da"), Map.entry("CN", "zh"), Map.entry("TW", "zh"), Map.entry("RS", "sr"),
            Map.entry("BA", "bs"), Map.entry("EE", "et"), Map.entry("UA", "uk"));

    /** Empty when the code is not an ISO 3166-1 alpha-2 country. */
    public static Optional<CountryDefaults> forCountry(String country) {
        if (country == null || !COUNTRIES.contains(country)) {
            return Optional.empty();
        }
        String language = LANGUAGES.getOrDefault(country, jdkLanguage(country));
        Currency currency = Currency.getInstance(new Locale("", country));
        return Optional.of(new CountryDefaults(new Locale(language, country).toLanguageTag(),
                currency == null ? "EUR" : currency.getCurrencyCode(), ZONES.getOrDefault(country, "UTC")));
    }

    private static String jdkLanguage(String country) {
        return Arrays.stream(Locale.getAvailableLocales())
                .filter(l -> country.equals(l.getCountry()) && l.getVariant().isEmpty() && l.getScript().isEmpty())
                .map(Locale::getLanguage)
                .min(Comparator.naturalOrder())
                .orElse("en");
    }
}
