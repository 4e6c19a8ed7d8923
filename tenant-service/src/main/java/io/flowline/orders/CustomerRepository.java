package io.flowline.orders;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.flowline.platform.pagination.ListQuery;
import io.flowline.platform.pagination.PageRequest;
import jakarta.persistence.EntityManager;

/**
 * The stored customers of the entity manager's tenant: a request's through the injected one, an import's through the one it
 * opened for its tenant.
 */
public final class CustomerRepository {
    private final EntityManager em;

    private CustomerRepository(EntityManager em) {
        this.em = em;
    }

    /** The customers seen through {@code em}: that entity manager's tenant and persistence context. */
    public static CustomerRepository in(EntityManager em) {
        return new CustomerRepository(em);
    }

    /** The customer with this id; empty for an unknown id or another tenant's. */
    public Optional<Customer> find(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(Customer.class, id));
    }

    void add(Customer customer) {
        em.persist(customer);
    }

    /** A page of customers in id order, of one status when it is given, whose name or number contains {@code text} when it is given. */
    List<Customer> list(PageRequest page, Customer.Status status, String text) {
        return ListQuery.of(Customer.class, "c").filter("c.status = :status", "status", status).whereContains(text, "c.name", "c.number")
                .list(em, page);
    }

    boolean numberTaken(String number) {
        return em.createNamedQuery("Customer.countByNumber", Long.class).setParameter("number", number).getSingleResult() > 0;
    }

    /** Every number in use: what an import checks a file's numbers against. */
    public Set<String> numbers() {
        return new HashSet<>(em.createNamedQuery("Customer.numbers", String.class).getResultList());
    }

    /** Every customer, by number: what an export lists. */
    public List<Customer> allByNumber() {
        return em.createNamedQuery("Customer.allByNumber", Customer.class).getResultList();
    }
}
