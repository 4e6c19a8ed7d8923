package io.flowline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class UsersIT {

    @Test
    void inviteAcceptSignInAndDeactivate() {
        TestTenants.TestTenant tenant = TestTenants.signUp("People GmbH");
        String email = TestTenants.uniqueEmail("planner");
        Http.Reply invite = Http.post("/api/v1/users", tenant.token(), Http.json("email", email, "name", "Pia Planner", "role", "planner"));
        assertEquals(201, invite.status(), invite::toString);
        assertEquals("invited", invite.json().getString("status"));
        String userId = invite.json().getString("id");
        assertTrue(invite.header("location").endsWith("/api/v1/users/" + userId));

        Http.Reply accepted = Http.post("/api/v1/invitations/accept", null,
                Http.json("token", invite.json().getString("invitation_token"), "password", TestTenants.PASSWORD));
        assertEquals(200, accepted.status(), accepted::toString);
        assertEquals("active", accepted.json().getString("status"));
        String plannerToken = TestTenants.login(email, TestTenants.PASSWORD);
        assertEquals(200, Http.get("/api/v1/tenant", plannerToken).status());
        assertEquals(403, Http.get("/api/v1/users", plannerToken).status(), "a planner may not manage users");

        Http.Reply reused = Http.post("/api/v1/invitations/accept", null,
                Http.json("token", invite.json().getString("invitation_token"), "password", TestTenants.PASSWORD));
        assertEquals(404, reused.status(), "an invitation works once: " + reused);

        assertEquals(200, Http.post("/api/v1/users/" + userId + "/deactivate", tenant.token(), null).status());
        Http.Reply login = Http.form("/api/v1/auth/token", Map.of("grant_type", "password", "username", email, "password", TestTenants.PASSWORD), Map.of());
        assertEquals(400, login.status(), "a deactivated user cannot sign in: " + login);
    }

    @Test
    void roleChangeNeedsIfMatchAndOnlyOwnersGrantOwner() {
        TestTenants.TestTenant tenant = TestTenants.signUp("Grant Co");
        String admin = TestTenants.userWithRole(tenant, "admin");
        Http.Reply invite = Http.post("/api/v1/users", admin, Http.json("email", TestTenants.uniqueEmail("wannabe"), "role", "owner"));
        assertEquals(400, invite.status(), invite::toString);
        assertEquals(List.of("role"), invite.errorFields());

        Http.Reply sales = Http.post("/api/v1/users", admin, Http.json("email", TestTenants.uniqueEmail("sales"), "role", "sales"));
        String id = sales.json().getString("id");
        Http.Reply promote = Http.patch("/api/v1/users/" + id, admin, sales.header("etag"), Http.json("role", "owner"));
        assertEquals(400, promote.status(), promote::toString);
        Http.Reply planner = Http.patch("/api/v1/users/" + id, admin, sales.header("etag"), Http.json("role", "planner"));
        assertEquals(200, planner.status(), planner::toString);
        assertEquals("planner", planner.json().getString("role"));
        assertEquals(412, Http.patch("/api/v1/users/" + id, admin, sales.header("etag"), Http.json("role", "viewer")).status());
        Http.Reply badRole = Http.patch("/api/v1/users/" + id, admin, planner.header("etag"), Http.json("role", "emperor"));
        assertEquals(400, badRole.status(), badRole::toString);
    }

    @Test
    void theLastOwnerCannotBeDeactivatedOrDemoted() {
        TestTenants.TestTenant tenant = TestTenants.signUp("Solo Owner");
        Http.Reply self = Http.get("/api/v1/users/" + tenant.ownerId(), tenant.token());
        assertEquals(409, Http.post("/api/v1/users/" + tenant.ownerId() + "/deactivate", tenant.token(), null).status());
        assertEquals(409, Http.patch("/api/v1/users/" + tenant.ownerId(), tenant.token(), self.header("etag"), Http.json("role", "admin")).status());
    }

    @Test
    void duplicateInviteIsAConflict() {
        TestTenants.TestTenant tenant = TestTenants.signUp("Dupes Ltd");
        String body = Http.json("email", TestTenants.uniqueEmail("dup"), "role", "viewer");
        assertEquals(201, Http.post("/api/v1/users", tenant.token(), body).status());
        assertEquals(409, Http.post("/api/v1/users", tenant.token(), body).status());
    }

    @Test
    void listIsCursorPaginatedWithoutGapsOrRepeats() {
        TestTenants.TestTenant tenant = TestTenants.signUp("Many People");
        for (int i = 0; i < 4; i++) {
            assertEquals(201, Http.post("/api/v1/users", tenant.token(), Http.json("email", TestTenants.uniqueEmail("p" + i), "role", "viewer")).status());
        }
        Set<String> seen = new HashSet<>();
        String cursor = null;
        int pages = 0;
        do {
            Http.Reply page = Http.get("/api/v1/users?limit=2" + (cursor == null ? "" : "&cursor=" + cursor), tenant.token());
            assertEquals(200, page.status(), page::toString);
            assertEquals("list", page.json().getString("object"));
            page.data().forEach(u -> assertTrue(seen.add(u.asJsonObject().getString("id")), "no repeats"));
            cursor = page.json().getBoolean("has_more") ? page.json().getString("next_cursor") : null;
            pages++;
        } while (cursor != null);
        assertEquals(5, seen.size());
        assertEquals(3, pages);
        assertEquals(400, Http.get("/api/v1/users?limit=0", tenant.token()).status());
        assertEquals(400, Http.get("/api/v1/users?cursor=garbage", tenant.token()).status());
        Http.Reply invited = Http.get("/api/v1/users?status=invited", tenant.token());
        assertEquals(4, invited.data().size());
        assertFalse(invited.body().contains("invitation_token"), "tokens are shown once");
    }

    @Test
    void apiClientSecretIsShownOnceAndRoleOwnerRefused() {
        TestTenants.TestTenant tenant = TestTenants.signUp("Integrations");
        Http.Reply created = Http.post("/api/v1/api-clients", tenant.token(), Http.json("name", "Shop", "role", "sales"));
        assertNotNull(created.json().getString("client_secret"));
        Http.Reply list = Http.get("/api/v1/api-clients", tenant.token());
        assertEquals(1, list.data().size());
        assertFalse(list.body().contains("client_secret"));
        Http.Reply owner = Http.post("/api/v1/api-clients", tenant.token(), Http.json("name", "Root", "role", "owner"));
        assertEquals(400, owner.status(), owner::toString);
    }
}
