package io.flowline.stock;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A postal address as stored; all parts optional. */
@Embeddable
public class PostalAddress {
    @Column(name = "address_line1")
    private String line1;
    @Column(name = "address_line2")
    private String line2;
    @Column(name = "postal_code")
    private String postalCode;
    private String city;
    private String country;

    protected PostalAddress() {
    }

    public PostalAddress(String line1, String line2, String postalCode, String city, String country) {
        this.line1 = line1;
        this.line2 = line2;
        this.postalCode = postalCode;
        this.city = city;
        this.country = country;
    }

    public String line1() { return line1; }
    public String line2() { return line2; }
    public String postalCode() { return postalCode; }
    public String city() { return city; }
    public String country() { return country; }

    @Override
    public String toString() {
        return String.join(", ", java.util.stream.Stream.of(line1, line2, postalCode, city, country)
                .filter(p -> p != null && !p.isBlank()).toList());
    }
}
