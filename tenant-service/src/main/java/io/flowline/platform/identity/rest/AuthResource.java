package io.flowline.platform.identity.rest;

import io.flowline.api.identity.AcceptInvitationRequest;
import io.flowline.api.identity.AuthApi;
import io.flowline.api.identity.TokenResponse;
import io.flowline.api.identity.ConfirmPasswordResetRequest;
import io.flowline.api.identity.EmailVerification;
import io.flowline.api.identity.MailAccepted;
import io.flowline.api.identity.PasswordResetRequest;
import io.flowline.api.identity.VerifyEmailRequest;
import io.flowline.platform.failure.GrantRefused;
import io.flowline.platform.identity.InvitationAcceptance;
import io.flowline.platform.identity.InvitationService;
import io.flowline.platform.identity.IssuedTokens;
import io.flowline.platform.identity.PasswordResets;
import io.flowline.platform.identity.Sessions;
import io.flowline.platform.identity.TokenService;
import io.flowline.platform.tenancy.EmailVerifications;
import io.flowline.platform.tenancy.TenantContext;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

@RequestScoped
@Path(AuthApi.PATH)
@PermitAll
public class AuthResource implements AuthApi {
    @Inject
    TokenService tokens;

    @Inject
    InvitationService invitations;

    @Inject
    Sessions sessions;

    @Inject
    TenantContext caller;

    @Inject
    EmailVerifications verifications;

    @Inject
    PasswordResets passwordResets;

    @Override
    public Response token(String grantType, String username, String password, String clientId, String clientSecret,
                          String refreshToken, String authorization) {
        if (grantType == null || grantType.isBlank()) {
            throw new GrantRefused("invalid_request", "grant_type is required: password, client_credentials or refresh_token.");
        }
        IssuedTokens issued = switch (grantType) {
            case "password" -> tokens.password(username, password);
            case "client_credentials" -> tokens.clientCredentials(TokenService.ClientAuthentication.of(authorization, clientId, clientSecret));
            case "refresh_token" -> tokens.refresh(refreshToken);
            default -> throw new GrantRefused("unsupported_grant_type",
                    "grant_type must be password, client_credentials or refresh_token.");
        };
        TokenResponse response = new TokenResponse(issued.accessToken(), "Bearer", issued.expiresInSeconds(), issued.refreshToken(),
                issued.scope());
        return Response.ok(response).header("Cache-Control", "no-store").header("Pragma", "no-cache").build();
    }

    @Override
    public Response logout() {
        sessions.signOut(caller.tenantId(), caller.actorType(), caller.actorId()); // tenantId() is the 401 without a token
        return Response.noContent().build();
    }

    @Override
    public Response acceptInvitation(AcceptInvitationRequest request) {
        return Response.ok(UsersResource.representation(invitations.accept(new InvitationAcceptance(request.token(), request.password(), request.name())), null)).build();
    }

    @Override
    public Response verifyEmail(VerifyEmailRequest request) {
        EmailVerifications.Verified verified = verifications.verify(request.token());
        return Response.ok(new EmailVerification("email_verification", verified.email(), verified.at())).build();
    }

    @Override
    @RolesAllowed("owner")
    public Response resendVerification() {
        String email = verifications.resend();
        return Response.accepted(new MailAccepted("email_verification", email, "A new verification e-mail is on its way.")).build();
    }

    @Override
    public Response requestPasswordReset(PasswordResetRequest request) {
        passwordResets.request(request.email());
        return Response.accepted(new MailAccepted("password_reset", request.email().trim().toLowerCase(java.util.Locale.ROOT),
                "If this address has a Flowline account, an e-mail with a link to set a new password is on its way.")).build();
    }

    @Override
    public Response confirmPasswordReset(ConfirmPasswordResetRequest request) {
        return Response.ok(UsersResource.representation(passwordResets.confirm(request.token(), request.password()), null)).build();
    }
}
