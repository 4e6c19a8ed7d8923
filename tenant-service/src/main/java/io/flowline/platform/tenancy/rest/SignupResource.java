package io.flowline.platform.tenancy.rest;

import java.util.Locale;

import io.flowline.api.tenancy.Signup;
import io.flowline.api.tenancy.SignupApi;
import io.flowline.api.tenancy.SignupRequest;
import io.flowline.platform.tenancy.CompanySignup;
import io.flowline.platform.tenancy.SignupPace;
import io.flowline.platform.tenancy.SignupService;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

@RequestScoped
@Path(SignupApi.PATH)
public class SignupResource implements SignupApi {
    static final String MESSAGE = "Check your e-mail: it has a link to verify your address. You can sign in meanwhile.";

    @Inject
    SignupService signups;

    @Inject
    SignupPace pace;

    @Override
    @PermitAll
    public Response signUp(SignupRequest request) {
        long started = System.nanoTime();
        boolean created = false;
        try {
            created = signups.signUp(new CompanySignup(request.company(), request.country(), request.email(), request.password(), request.plan(),
                    request.language()));
        } catch (SignupService.AlreadyRegistered e) {
            // a concurrent sign-up with this e-mail won: the same answer as for any address that has an account
        }
        if (created) {
            pace.created(started);
        } else {
            pace.answeredKnown(started);
        }
        return Response.accepted(new Signup("signup", request.email().trim().toLowerCase(Locale.ROOT), MESSAGE)).build();
    }
}
