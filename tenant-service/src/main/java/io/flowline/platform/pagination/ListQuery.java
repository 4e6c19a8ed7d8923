package io.flowline.platform.pagination;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

/**
 * One cursor-paged list of an entity, filtered: the conditions are fixed JPQL written by the service, and every value a
 * caller gives is bound as a parameter, never written into the query. The rows come in id order (oldest first, or newest
 * first), which is the order {@link PageRequest}'s cursor pages by.
 *
 * <pre>{@code
 * ListQuery.of(Item.class, "i").filter("i.kind = :kind", "kind", kind).whereContains(text, "i.code", "i.name").list(em, page)
 * }</pre>
 */
public final class ListQuery<T> {
    private static final Pattern ALIAS = Pattern.compile("[a-z][A-Za-z0-9]*");
    /** Escapes the LIKE wildcards in a caller's text; '!' rather than '\', which MySQL reads as an escape in literals too. */
    private static final char ESCAPE = '!';
    private static final String CONTAINS = "contains";

    private final Class<T> type;
    private final String alias;
    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();
    private boolean newestFirst;

    private ListQuery(Class<T> type, String alias) {
        if (!ALIAS.matcher(alias).matches()) {
            throw new IllegalArgumentException("not a JPQL identification variable: " + alias);
        }
        this.type = type;
        this.alias = alias;
    }

    /** Rows of the entity {@code type}, named {@code alias} in the conditions. */
    public static <T> ListQuery<T> of(Class<T> type, String alias) {
        return new ListQuery<>(type, alias);
    }

    /** A condition every row meets, written by the service (no caller input in it). */
    public ListQuery<T> where(String condition) {
        conditions.add(condition);
        return this;
    }

    /** A condition with one parameter that every row meets; the value is required. */
    public ListQuery<T> where(String condition, String name, Object value) {
        if (value == null) {
            throw new IllegalArgumentException("no value for :" + name);
        }
        return bind(condition, name, value);
    }

    /** A condition the caller asked for: left out when {@code value} is null (no such filter given). */
    public ListQuery<T> filter(String condition, String name, Object value) {
        return value == null ? this : bind(condition, name, value);
    }

    /**
     * Rows where any of {@code paths} contains {@code text}, ignoring case; the LIKE wildcards in the text match themselves.
     * Left out when the text is null or blank.
     */
    public ListQuery<T> whereContains(String text, String... paths) {
        if (text == null || text.isBlank()) {
            return this;
        }
        List<String> likes = new ArrayList<>(paths.length);
        for (String path : paths) {
            likes.add("LOWER(" + path + ") LIKE :" + CONTAINS + " ESCAPE '" + ESCAPE + "'");
        }
        return bind("(" + String.join(" OR ", likes) + ")", CONTAINS, containsPattern(text));
    }

    /** Newest first: ids grow with time, so a log reads from its latest entry back. */
    public ListQuery<T> newestFirst() {
        newestFirst = true;
        return this;
    }

    /** The page after the request's cursor, with one row more than the page holds (see {@link PageRequest#fetchSize()}). */
    public List<T> list(EntityManager em, PageRequest page) {
        TypedQuery<T> query = em.createQuery(jpql(page), type).setMaxResults(page.fetchSize());
        parameters(page).forEach(query::setParameter);
        return query.getResultList();
    }

    String jpql(PageRequest page) {
        StringBuilder jpql = new StringBuilder("SELECT ").append(alias).append(" FROM ").append(entityName()).append(' ').append(alias);
        List<String> all = new ArrayList<>(conditions);
        if (page.after() != null) {
            all.add(0, alias + ".id " + (newestFirst ? "<" : ">") + " :after");
        }
        if (!all.isEmpty()) {
            jpql.append(" WHERE ").append(String.join(" AND ", all));
        }
        return jpql.append(" ORDER BY ").append(alias).append(".id").append(newestFirst ? " DESC" : "").toString();
    }

    Map<String, Object> parameters(PageRequest page) {
        Map<String, Object> all = new LinkedHashMap<>();
        if (page.after() != null) {
            all.put("after", page.after());
        }
        all.putAll(parameters);
        return all;
    }

    private ListQuery<T> bind(String condition, String name, Object value) {
        if (name.equals("after") || parameters.containsKey(name)) {
            throw new IllegalArgumentException("parameter :" + name + " is bound already");
        }
        if (!Pattern.compile(":" + Pattern.quote(name) + "\\b").matcher(condition).find()) {
            throw new IllegalArgumentException("condition " + condition + " has no :" + name);
        }
        conditions.add(condition);
        parameters.put(name, value);
        return this;
    }

    static String containsPattern(String text) {
        String escaped = text.strip().toLowerCase(Locale.ROOT).replace(String.valueOf(ESCAPE), ESCAPE + "" + ESCAPE)
                .replace("%", ESCAPE + "%").replace("_", ESCAPE + "_");
        return "%" + escaped + "%";
    }

    private String entityName() {
        Entity entity = type.getAnnotation(Entity.class);
        return entity != null && !entity.name().isEmpty() ? entity.name() : type.getSimpleName();
    }
}
