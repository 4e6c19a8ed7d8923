package io.flowline.orders;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The earliest date order lines can be delivered. Declared here because orders may not depend on planning;
 * planning implements it as a CDI bean. Without an implementation, confirmation promises as before.
 */
public interface DeliveryPromises {

    /**
     * One line to promise.
     *
     * @param field         the line's place in the request, such as {@code lines[1]}, for naming a choice that no longer resolves
     * @param configuration the chosen option per option group; empty for an item without options
     */
    record Line(String field, String itemId, Map<String, String> configuration, BigDecimal quantity) {
    }

    /** The latest of the lines' earliest dates; empty when the tenant does not plan with Flowline (planning switched off). */
    Optional<LocalDate> earliestDate(List<Line> lines);
}
