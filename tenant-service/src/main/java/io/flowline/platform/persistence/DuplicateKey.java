package io.flowline.platform.persistence;

import java.sql.SQLException;

/** Recognises a unique-key violation (SQLSTATE class 23) anywhere in an exception's causes. */
public final class DuplicateKey {
    private DuplicateKey() {
    }

    public static boolean causedBy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }
}
