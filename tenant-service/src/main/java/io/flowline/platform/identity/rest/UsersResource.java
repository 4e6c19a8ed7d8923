package io.flowline.platform.identity.rest;

import java.net.URI;

import io.flowline.api.identity.InviteUserRequest;
import io.flowline.api.identity.UpdateUserRequest;
import io.flowline.api.identity.UsersApi;
import io.flowline.platform.concurrency.OptimisticLocking;
import io.flowline.platform.identity.User;
import io.flowline.platform.identity.UserChanges;
import io.flowline.platform.identity.UserInvitation;
import io.flowline.platform.identity.UserService;
import io.flowline.platform.pagination.PageRequest;
import io.flowline.platform.pagination.rest.ListPages;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

@RequestScoped
@Path(UsersApi.PATH)
@RolesAllowed({"owner", "admin"})
public class UsersResource implements UsersApi {
    @Inject
    UserService users;

    @Override
    public Response list(Integer limit, String cursor, String status) {
        PageRequest page = PageRequest.of(limit, cursor);
        return Response.ok(ListPages.page(page, users.list(page, status), User::id, u -> representation(u, null))).build();
    }

    @Override
    public Response invite(InviteUserRequest request) {
        UserService.Invitation invitation = users.invite(new UserInvitation(request.email(), request.name(), request.role(), request.language()));
        User user = invitation.user();
        return Response.created(URI.create("/api/v1/users/" + user.id())).entity(representation(user, invitation.token()))
                .tag(OptimisticLocking.etag(user.version())).build();
    }

    @Override
    public Response get(String id) {
        return ok(users.get(id));
    }

    @Override
    public Response update(String id, String ifMatch, UpdateUserRequest request) {
        return ok(users.update(id, ifMatch, new UserChanges(request.role(), request.name())));
    }

    @Override
    public Response deactivate(String id) {
        return ok(users.deactivate(id));
    }

    @Override
    public Response revokeSessions(String id) {
        users.revokeSessions(id);
        return Response.noContent().build();
    }

    private static Response ok(User user) {
        return Response.ok(representation(user, null)).tag(OptimisticLocking.etag(user.version())).build();
    }

    public static io.flowline.api.identity.User representation(User u, String invitationToken) {
        return new io.flowline.api.identity.User(u.id(), "user", u.email(), u.name(), u.role().apiName(), u.status().name().toLowerCase(),
                invitationToken, u.invitationExpiresAt(), u.createdAt(), u.lastLoginAt(), u.version());
    }
}
