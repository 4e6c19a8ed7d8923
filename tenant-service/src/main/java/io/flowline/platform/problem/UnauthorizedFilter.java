package io.flowline.platform.problem;

import java.io.IOException;

import io.flowline.api.platform.Problem;
import io.flowline.platform.json.JsonbConfigurator;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * MP-JWT answers a missing or unverifiable token with a bare 401 before JAX-RS writes anything: this gives that 401 the
 * same problem body JAX-RS's own 401 has.
 */
@WebFilter(urlPatterns = "/api/*", asyncSupported = true)
public class UnauthorizedFilter extends HttpFilter {
    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        chain.doFilter(request, response);
        if (response.getStatus() == 401 && !response.isCommitted() && response.getContentType() == null) {
            Problem problem = Problems.problem(401, "unauthorized", "Unauthorized", Problems.BEARER_REQUIRED, request.getRequestURI(), null);
            response.resetBuffer();
            response.setContentType(Problem.MEDIA_TYPE);
            response.setCharacterEncoding("UTF-8");
            String json = JsonbConfigurator.jsonb().toJson(problem);
            try {
                response.getOutputStream().write(json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            } catch (IllegalStateException writerTaken) { // whoever set the 401 may have taken the writer without writing
                response.getWriter().write(json);
            }
        }
    }
}
