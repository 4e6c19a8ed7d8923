package io.flowline.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.TransactionalException;

import org.junit.jupiter.api.Test;

class DatabaseUnavailableTest {

    /** Stands for Liberty's pool timeout (J2CA0045E), which is recognised by its simple name. */
    static class ConnectionWaitTimeoutException extends Exception {
    }

    @Test
    void aLostOrRefusedConnectionAnywhereInTheCausesIsAnOutage() {
        // Connector/J's CommunicationsException is an SQLRecoverableException with SQLSTATE 08S01, wrapped by EclipseLink and JPA.
        assertTrue(DatabaseUnavailable.causedBy(new PersistenceException("EclipseLink-4002",
                new RuntimeException("DatabaseException", new SQLRecoverableException("Communications link failure", "08S01",
                        new ConnectException("Connection refused"))))));
        assertTrue(DatabaseUnavailable.causedBy(new SQLNonTransientConnectionException("Could not create connection", "08001")));
        assertTrue(DatabaseUnavailable.causedBy(new SQLTransientConnectionException("pool")));
        assertTrue(DatabaseUnavailable.causedBy(new SQLException("No operations allowed after connection closed.", "08003")));
        assertTrue(DatabaseUnavailable.causedBy(new RuntimeException(new SQLException("Database is already closed", "90098"))), "H2 closed");
        assertTrue(DatabaseUnavailable.causedBy(new RuntimeException(new SQLException("J2CA0045E", new ConnectionWaitTimeoutException()))));
        RollbackException rollback = new RollbackException("commit failed");
        rollback.initCause(new SQLRecoverableException("Communications link failure", "08S01"));
        assertTrue(DatabaseUnavailable.causedBy(new TransactionalException("rolled back", rollback)));
    }

    @Test
    void otherDatabaseFailuresAreNot() {
        assertFalse(DatabaseUnavailable.causedBy(new PersistenceException(new SQLIntegrityConstraintViolationException("Duplicate entry", "23000"))));
        assertFalse(DatabaseUnavailable.causedBy(new RuntimeException(new SQLException("Query execution was interrupted", "70100", 1317))),
                "KILL QUERY: the connection is fine");
        assertFalse(DatabaseUnavailable.causedBy(new RuntimeException(new SQLException("Lock wait timeout exceeded", "40001", 1205))));
        assertFalse(DatabaseUnavailable.causedBy(new SQLException("no state")));
        assertFalse(DatabaseUnavailable.causedBy(new IllegalStateException("not the database")));
    }

    @Test
    void aCycleInTheCausesEnds() {
        RuntimeException first = new RuntimeException("first");
        RuntimeException second = new RuntimeException("second", first);
        first.initCause(second);
        assertFalse(DatabaseUnavailable.causedBy(first));
    }
}
