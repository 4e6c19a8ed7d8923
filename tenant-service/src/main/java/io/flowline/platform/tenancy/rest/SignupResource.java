package io.flowline.platform.tenancy.rest;

import java.net.URI;

import io.flowline.api.tenancy.Signup;
import io.flowline.api.tenancy.SignupApi;
import io.flowline.api.tenancy.SignupRequest;
import io.flowline.platform.identity.rest.UsersResource;
import io.flowline.platform.tenancy.SignupService;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

@RequestScoped
@Path(SignupApi.PATH)
public class SignupResource implements SignupApi {
    @Inject
    SignupService signups;

    @Override
    @PermitAll
    public Response signUp(SignupRequest request) {
        SignupService.Result result = signups.signUp(request);
        return Response.created(URI.create("/api/v1/tenant"))
                .entity(new Signup("signup", TenantResource.representation(result.tenant()), UsersResource.representation(result.owner(), null)))
                .build();
    }
}
