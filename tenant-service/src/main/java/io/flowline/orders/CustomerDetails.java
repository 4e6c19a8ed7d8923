package io.flowline.orders;

import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.flowline.platform.failure.Violation;
import io.flowline.platform.json.JsonNames;
import io.flowline.platform.json.JsonbConfigurator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Path;
import jakarta.validation.Validator;

/**
 * Contacts and addresses: checked element by element so that each error names its place ({@code contacts[1].email}),
 * and stored as JSON text.
 */
@ApplicationScoped
public class CustomerDetails {
    private static final Type CONTACTS = new ArrayList<ContactPerson>() { }.getClass().getGenericSuperclass();
    private static final Type ADDRESSES = new ArrayList<CustomerAddress>() { }.getClass().getGenericSuperclass();
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

    @Inject
    Validator validator;

    public void checkContacts(List<ContactPerson> contacts, List<Violation> errors) {
        for (int i = 0; i < contacts.size(); i++) {
            checkElement(contacts.get(i), "contacts[" + i + "]", errors);
        }
    }

    public void checkAddresses(List<CustomerAddress> addresses, String field, List<Violation> errors) {
        for (int i = 0; i < addresses.size(); i++) {
            checkAddress(addresses.get(i), field + "[" + i + "]", errors);
        }
    }

    public void checkAddress(CustomerAddress address, String field, List<Violation> errors) {
        checkElement(address, field, errors);
        if (address != null && address.country() != null && address.country().matches("[A-Z]{2}") && !COUNTRIES.contains(address.country())) {
            errors.add(new Violation(field + ".country", "is not an ISO 3166-1 alpha-2 country code"));
        }
    }

    private void checkElement(Object element, String field, List<Violation> errors) {
        if (element == null) {
            errors.add(new Violation(field, "must not be null"));
            return;
        }
        validator.validate(element).forEach(v -> errors.add(new Violation(field + "." + jsonPath(v.getPropertyPath()), v.getMessage())));
    }

    private static String jsonPath(Path path) {
        List<String> names = new ArrayList<>();
        path.forEach(node -> names.add(JsonNames.snakeCase(node.getName())));
        return String.join(".", names);
    }

    /** A BCP 47 tag with a known language, written the canonical way ({@code en-gb} becomes {@code en-GB}); empty if it is none. */
    public static java.util.Optional<String> languageTag(String tag) {
        try {
            Locale locale = new Locale.Builder().setLanguageTag(tag).build();
            if (locale.getLanguage().isEmpty() || (locale.getLanguage().length() == 2 && !LANGUAGES.contains(locale.getLanguage()))) {
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(locale.toLanguageTag());
        } catch (IllformedLocaleException e) {
            return java.util.Optional.empty();
        }
    }

    public static String contactsJson(List<ContactPerson> contacts) {
        return contacts == null || contacts.isEmpty() ? null : JsonbConfigurator.jsonb().toJson(contacts, CONTACTS);
    }

    public static String addressesJson(List<CustomerAddress> addresses) {
        return addresses == null || addresses.isEmpty() ? null : JsonbConfigurator.jsonb().toJson(addresses, ADDRESSES);
    }

    public static String addressJson(CustomerAddress address) {
        return address == null ? null : JsonbConfigurator.jsonb().toJson(address);
    }

    public static List<ContactPerson> contacts(String json) {
        return json == null ? List.of() : JsonbConfigurator.jsonb().fromJson(json, CONTACTS);
    }

    public static List<CustomerAddress> addresses(String json) {
        return json == null ? List.of() : JsonbConfigurator.jsonb().fromJson(json, ADDRESSES);
    }

    public static CustomerAddress address(String json) {
        return json == null ? null : JsonbConfigurator.jsonb().fromJson(json, CustomerAddress.class);
    }
}
