package io.flowline.planning.engine;

/**
 * Part of a planned order that covers one requirement.
 *
 * @param source   whether the requirement is independent demand or a parent's planned order
 * @param index    the independent demand line, or the parent planned order's index
 * @param quantity quantity of the planned order used for it
 */
public record Peg(Source source, int index, double quantity) {

    public enum Source { INDEPENDENT_DEMAND, PARENT_ORDER }
}
