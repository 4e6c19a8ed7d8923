package io.flowline.platform.persistence;

import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityGraph;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Query;
import jakarta.persistence.StoredProcedureQuery;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaDelete;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.CriteriaUpdate;
import jakarta.persistence.metamodel.Metamodel;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * The caller's entity manager for a request, which joins the JTA transaction active when it is used: a service writes in a
 * {@code @Transactional} method and the write commits or rolls back with it, with no {@code joinTransaction} to forget.
 * One persistence context serves the whole request, as before: reads outside a transaction go through it unjoined, and each
 * transaction the request runs (a {@code REQUIRES_NEW} one too) is joined on its first use, as the hand-written calls did.
 */
public final class CallerEntityManager implements EntityManager {
    private final EntityManager delegate;
    private final TransactionSynchronizationRegistry transactions;
    /** The key of the transaction last joined (keys are equal for one transaction); another one is joined again. */
    private Object joinedTransaction;

    public CallerEntityManager(EntityManager delegate, TransactionSynchronizationRegistry transactions) {
        this.delegate = delegate;
        this.transactions = transactions;
    }

    private EntityManager joined() {
        if (transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
            Object transaction = transactions.getTransactionKey();
            if (!transaction.equals(joinedTransaction)) {
                delegate.joinTransaction();
                joinedTransaction = transaction;
            }
        }
        return delegate;
    }

    @Override
    public void persist(Object entity) {
        joined().persist(entity);
    }

    @Override
    public <T> T merge(T entity) {
        return joined().merge(entity);
    }

    @Override
    public void remove(Object entity) {
        joined().remove(entity);
    }

    @Override
    public <T> T find(Class<T> entityClass, Object primaryKey) {
        return joined().find(entityClass, primaryKey);
    }

    @Override
    public <T> T find(Class<T> entityClass, Object primaryKey, Map<String, Object> properties) {
        return joined().find(entityClass, primaryKey, properties);
    }

    @Override
    public <T> T find(Class<T> entityClass, Object primaryKey, LockModeType lockMode) {
        return joined().find(entityClass, primaryKey, lockMode);
    }

    @Override
    public <T> T find(Class<T> entityClass, Object primaryKey, LockModeType lockMode, Map<String, Object> properties) {
        return joined().find(entityClass, primaryKey, lockMode, properties);
    }

    @Override
    public <T> T getReference(Class<T> entityClass, Object primaryKey) {
        return joined().getReference(entityClass, primaryKey);
    }

    @Override
    public void flush() {
        joined().flush();
    }

    @Override
    public void setFlushMode(FlushModeType flushMode) {
        joined().setFlushMode(flushMode);
    }

    @Override
    public FlushModeType getFlushMode() {
        return joined().getFlushMode();
    }

    @Override
    public void lock(Object entity, LockModeType lockMode) {
        joined().lock(entity, lockMode);
    }

    @Override
    public void lock(Object entity, LockModeType lockMode, Map<String, Object> properties) {
        joined().lock(entity, lockMode, properties);
    }

    @Override
    public void refresh(Object entity) {
        joined().refresh(entity);
    }

    @Override
    public void refresh(Object entity, Map<String, Object> properties) {
        joined().refresh(entity, properties);
    }

    @Override
    public void refresh(Object entity, LockModeType lockMode) {
        joined().refresh(entity, lockMode);
    }

    @Override
    public void refresh(Object entity, LockModeType lockMode, Map<String, Object> properties) {
        joined().refresh(entity, lockMode, properties);
    }

    @Override
    public void clear() {
        joined().clear();
    }

    @Override
    public void detach(Object entity) {
        joined().detach(entity);
    }

    @Override
    public boolean contains(Object entity) {
        return joined().contains(entity);
    }

    @Override
    public LockModeType getLockMode(Object entity) {
        return joined().getLockMode(entity);
    }

    @Override
    public void setProperty(String propertyName, Object value) {
        joined().setProperty(propertyName, value);
    }

    @Override
    public Map<String, Object> getProperties() {
        return joined().getProperties();
    }

    @Override
    public Query createQuery(String qlString) {
        return joined().createQuery(qlString);
    }

    @Override
    public <T> TypedQuery<T> createQuery(CriteriaQuery<T> criteriaQuery) {
        return joined().createQuery(criteriaQuery);
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Query createQuery(CriteriaUpdate criteriaUpdate) {
        return joined().createQuery(criteriaUpdate);
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Query createQuery(CriteriaDelete criteriaDelete) {
        return joined().createQuery(criteriaDelete);
    }

    @Override
    public <T> TypedQuery<T> createQuery(String qlString, Class<T> resultClass) {
        return joined().createQuery(qlString, resultClass);
    }

    @Override
    public Query createNamedQuery(String name) {
        return joined().createNamedQuery(name);
    }

    @Override
    public <T> TypedQuery<T> createNamedQuery(String name, Class<T> resultClass) {
        return joined().createNamedQuery(name, resultClass);
    }

    @Override
    public Query createNativeQuery(String sqlString) {
        return joined().createNativeQuery(sqlString);
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Query createNativeQuery(String sqlString, Class resultClass) {
        return joined().createNativeQuery(sqlString, resultClass);
    }

    @Override
    public Query createNativeQuery(String sqlString, String resultSetMapping) {
        return joined().createNativeQuery(sqlString, resultSetMapping);
    }

    @Override
    public StoredProcedureQuery createNamedStoredProcedureQuery(String name) {
        return joined().createNamedStoredProcedureQuery(name);
    }

    @Override
    public StoredProcedureQuery createStoredProcedureQuery(String procedureName) {
        return joined().createStoredProcedureQuery(procedureName);
    }

    @Override
    @SuppressWarnings("rawtypes")
    public StoredProcedureQuery createStoredProcedureQuery(String procedureName, Class... resultClasses) {
        return joined().createStoredProcedureQuery(procedureName, resultClasses);
    }

    @Override
    public StoredProcedureQuery createStoredProcedureQuery(String procedureName, String... resultSetMappings) {
        return joined().createStoredProcedureQuery(procedureName, resultSetMappings);
    }

    @Override
    public void joinTransaction() {
        delegate.joinTransaction();
    }

    @Override
    public boolean isJoinedToTransaction() {
        return delegate.isJoinedToTransaction();
    }

    @Override
    public <T> T unwrap(Class<T> type) {
        return joined().unwrap(type);
    }

    @Override
    public Object getDelegate() {
        return joined().getDelegate();
    }

    @Override
    public void close() {
        delegate.close();
    }

    @Override
    public boolean isOpen() {
        return delegate.isOpen();
    }

    @Override
    public EntityTransaction getTransaction() {
        return delegate.getTransaction();
    }

    @Override
    public EntityManagerFactory getEntityManagerFactory() {
        return joined().getEntityManagerFactory();
    }

    @Override
    public CriteriaBuilder getCriteriaBuilder() {
        return joined().getCriteriaBuilder();
    }

    @Override
    public Metamodel getMetamodel() {
        return joined().getMetamodel();
    }

    @Override
    public <T> EntityGraph<T> createEntityGraph(Class<T> entityClass) {
        return joined().createEntityGraph(entityClass);
    }

    @Override
    public EntityGraph<?> createEntityGraph(String name) {
        return joined().createEntityGraph(name);
    }

    @Override
    public EntityGraph<?> getEntityGraph(String name) {
        return joined().getEntityGraph(name);
    }

    @Override
    public <T> List<EntityGraph<? super T>> getEntityGraphs(Class<T> entityClass) {
        return joined().getEntityGraphs(entityClass);
    }
}
