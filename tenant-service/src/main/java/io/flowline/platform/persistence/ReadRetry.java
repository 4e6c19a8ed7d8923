package io.flowline.platform.persistence;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.Session;

/**
 * A read outside a transaction that finds its connection broken is tried once more, at once. EclipseLink's defaults
 * (three more tries, five seconds apart) would hold a request for 15 s while the database is away; with none, the first
 * read after the database came back would still fail on a connection the pool had kept from before. One immediate retry
 * gets a fresh connection (Liberty's pool drops the broken ones, see datasource-*.xml): it succeeds when the database is
 * back and fails within the connect timeout, as a 503, when it is not.
 */
public class ReadRetry implements SessionCustomizer {
    @Override
    public void customize(Session session) {
        session.getLogin().setQueryRetryAttemptCount(1);
        session.getLogin().setDelayBetweenConnectionAttempts(0);
    }
}
