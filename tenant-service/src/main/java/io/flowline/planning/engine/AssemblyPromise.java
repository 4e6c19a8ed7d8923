package io.flowline.planning.engine;

/**
 * The earliest an assemble-to-order quantity can be promised.
 *
 * @param period             period the assembly can be delivered
 * @param limitingComponent  index of the component whose availability comes last
 */
public record AssemblyPromise(int period, int limitingComponent) {
}
