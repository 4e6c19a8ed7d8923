package io.flowline.platform.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import io.flowline.api.platform.Problem;
import io.flowline.platform.json.JsonbConfigurator;
import io.flowline.platform.problem.rest.Problems;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;

/**
 * The error page (WEB-INF/web.xml) for failures the web container answers before JAX-RS runs, such as a path it cannot
 * decode ({@code /api/v1/orders/%00}): a problem instead of the container's HTML.
 */
@WebServlet(urlPatterns = ContainerErrorServlet.PATH)
public class ContainerErrorServlet extends HttpServlet {
    static final String PATH = "/errors/container";

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        // The container's own 400 is a path it cannot decode (%00, %C0%80, an encoded slash): no resource has such a
        // path, so it is answered like any other unknown URL.
        int status = code instanceof Integer i && i != HttpServletResponse.SC_BAD_REQUEST ? i : HttpServletResponse.SC_NOT_FOUND;
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known != null ? known.getReasonPhrase() : "Error";
        String detail = status == 404 ? "No such resource." : status >= 500 ? "Something went wrong on our side." : title;
        Problem problem = Problems.problem(status, status >= 500 ? "internal" : title.toLowerCase().replace(' ', '-'), status >= 500 ? "Internal error" : title,
                detail, null, null);
        response.setStatus(status);
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.getOutputStream().write(JsonbConfigurator.jsonb().toJson(problem).getBytes(StandardCharsets.UTF_8));
    }
}
