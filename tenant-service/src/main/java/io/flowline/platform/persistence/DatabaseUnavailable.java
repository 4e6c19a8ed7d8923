package io.flowline.platform.persistence;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Recognises a database that cannot be reached, anywhere in an exception's causes: a connection the driver lost or
 * could not open (SQLSTATE class 08, Connector/J's CommunicationsException), an embedded H2 that was closed, or
 * Liberty's pool giving up waiting for a connection. Such a failure is worth retrying later; nothing else is.
 */
public final class DatabaseUnavailable {
    /** H2's codes (also its SQLSTATEs) for a broken connection, a closed database and a database shutting down. */
    private static final Set<String> H2_STATES = Set.of("90067", "90098", "90121");
    /** Liberty's pool reports its wait timeout as this type (J2CA0045E); matched by name, it is not an API class. */
    private static final String POOL_WAIT_TIMEOUT = "ConnectionWaitTimeoutException";

    private DatabaseUnavailable() {
    }

    public static boolean causedBy(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = failure; t != null && seen.put(t, Boolean.TRUE) == null; t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLRecoverableException || t.getClass().getSimpleName().equals(POOL_WAIT_TIMEOUT)) {
                return true;
            }
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (state != null && (state.startsWith("08") || H2_STATES.contains(state))) {
                    return true;
                }
            }
        }
        return false;
    }
}
