package io.flowline.platform.identity;

import java.time.Instant;

import io.flowline.platform.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** A person in a tenant. Signs in through a {@link Credential} once the invitation is accepted. */
@Entity
@NamedQuery(name = "User.withEmail", query = "SELECT u FROM User u WHERE u.email = :email")
@NamedQuery(name = "User.invitedWith", query = "SELECT u FROM User u WHERE u.invitationHash = :hash")
@NamedQuery(name = "User.countWithRole", query = "SELECT COUNT(u) FROM User u WHERE u.role = :role AND u.status = :status")
@Table(name = "users")
public class User extends TenantOwned {
    public enum Status { INVITED, ACTIVE, DEACTIVATED }

    private String email;
    private String name;
    @Enumerated(EnumType.STRING)
    private Role role;
    @Enumerated(EnumType.STRING)
    private Status status;
    @Column(name = "invitation_hash")
    private String invitationHash;
    @Column(name = "invitation_expires_at")
    private Instant invitationExpiresAt;
    @Column(name = "last_login_at")
    private Instant lastLoginAt;
    @Column(name = "token_version")
    private long tokenVersion;

    /** BCP 47; null: the company's locale. */
    private String language;

    protected User() {
    }

    public static User owner(String id, String email, String language, Instant now) {
        User user = new User(id, email, null, Role.OWNER, now);
        user.language = language;
        user.status = Status.ACTIVE;
        return user;
    }

    public static User invited(String id, String email, String name, Role role, String language, String invitationHash, Instant expiresAt,
                               Instant now) {
        User user = new User(id, email, name, role, now);
        user.language = language;
        user.status = Status.INVITED;
        user.invitationHash = invitationHash;
        user.invitationExpiresAt = expiresAt;
        return user;
    }

    private User(String id, String email, String name, Role role, Instant now) {
        super(id, now);
        this.email = email;
        this.name = name;
        this.role = role;
    }

    public String email() { return email; }
    public String name() { return name; }
    public Role role() { return role; }
    public Status status() { return status; }
    public Instant invitationExpiresAt() { return invitationExpiresAt; }
    public Instant lastLoginAt() { return lastLoginAt; }
    /** Access tokens issued before the last {@link #endSessions()} carry a lower version and are refused. */
    public long tokenVersion() { return tokenVersion; }

    /** The language of this user's e-mails: their own, else the company's locale. */
    public String language(String companyLocale) {
        return language != null ? language : companyLocale;
    }

    public boolean invitationValidAt(Instant now) {
        return status == Status.INVITED && invitationExpiresAt != null && invitationExpiresAt.isAfter(now);
    }

    void accept(String name) {
        if (name != null) {
            this.name = name;
        }
        this.status = Status.ACTIVE;
        this.invitationHash = null;
        this.invitationExpiresAt = null;
    }

    void changeRole(Role role) { this.role = role; }
    void rename(String name) { this.name = name; }
    void deactivate() { this.status = Status.DEACTIVATED; }
    void signedIn(Instant at) { this.lastLoginAt = at; }
    void endSessions() { this.tokenVersion++; }
}
