package io.flowline.production.engine;

import java.util.List;

/** An action the current state does not allow (of a work order or an operation); names the ones it does allow. */
public class IllegalAction extends RuntimeException {
    private final String state;
    private final String action;
    private final List<String> allowed;

    public IllegalAction(String state, String action, List<String> allowed) {
        super("An object that is " + state + " cannot " + action + "; " + (allowed.isEmpty() ? "no action is allowed now."
                : "allowed: " + String.join(", ", allowed) + "."));
        this.state = state;
        this.action = action;
        this.allowed = List.copyOf(allowed);
    }

    public String state() {
        return state;
    }

    public String action() {
        return action;
    }

    public List<String> allowed() {
        return allowed;
    }
}
