package io.flowline.api.planning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The earliest date a quantity can be delivered, what limits it, and the reckoning per component.")
public record DeliveryPromise(
        @Schema(examples = "delivery_promise") String object,
        @Schema(examples = "itm_01JD0Z8V6Q3N4R5S6T7V8W9X0Y") String itemId,
        @Schema(examples = "12") BigDecimal quantity,
        @Schema(description = "The earliest working day the quantity can be delivered.", examples = "2026-03-20") LocalDate earliestDate,
        @Schema(description = "The component whose availability comes last, at whatever level of a made item's bill; absent when "
                + "nothing is short.") Component limitingComponent,
        @Schema(description = "Configurable items, and made items that must be made: working days to assemble or make once every "
                + "component is there (a made item's lead time, at least its routing's hours on its work centres, ending on a day "
                + "they all work).", examples = "2")
        Integer assemblyLeadTimeDays,
        @Schema(description = "The reasoning in one sentence.",
                examples = "PEN-BLUE (Blue pen) limits: 40 short, there after 5 working days; assembly takes 2 working days more.") String explanation,
        @Schema(description = "One line per component of a configurable item (base bill plus chosen options); for a made item, "
                + "one for the item and one for each component it must wait for, at every level of its bill, parents before their "
                + "components; for a bought item, one line for the item itself.") List<Line> lines) {

    @Schema(name = "PromiseComponent", description = "An item by id, code and name.")
    public record Component(
            @Schema(examples = "itm_01JD0Z8V6Q3N4R5S6T7V8W9X0Z") String itemId,
            @Schema(examples = "PEN-BLUE") String code,
            @Schema(examples = "Blue pen") String name) {
    }

    @Schema(name = "PromiseLine", description = "How one item's availability gives its date.")
    public record Line(
            @Schema(examples = "itm_01JD0Z8V6Q3N4R5S6T7V8W9X0Z") String itemId,
            @Schema(examples = "PEN-BLUE") String code,
            @Schema(examples = "Blue pen") String name,
            @Schema(description = "Quantity needed: the quantity asked for times quantity per and scrap.", examples = "60") BigDecimal required,
            @Schema(description = "Stock on hand minus reserved, minus what confirmed orders not yet shipped still need.", examples = "20")
            BigDecimal available,
            @Schema(description = "Required minus available, at least 0.", examples = "40") BigDecimal shortage,
            @Schema(description = "The item's lead time in working days, the time to replenish a shortage.", examples = "5") int leadTimeDays,
            @Schema(description = "When the required quantity is there: today's working day without shortage, else after the lead time.",
                    examples = "2026-03-18") LocalDate date) {
    }
}
