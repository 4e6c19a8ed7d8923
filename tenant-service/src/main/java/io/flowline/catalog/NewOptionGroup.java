package io.flowline.catalog;

import java.util.List;

/** An option group of a new option set: a null {@code required} means required. */
public record NewOptionGroup(String code, String name, Boolean required, List<Option> options) {

    /** An option and the component lines it brings. */
    public record Option(String code, String name, List<ComponentLine> components) {
    }
}
