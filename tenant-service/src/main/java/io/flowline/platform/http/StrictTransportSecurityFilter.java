package io.flowline.platform.http;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Tells browsers to keep to HTTPS once they reached us over it (RFC 6797 has them ignore the header over plain HTTP, so
 * it is only sent on HTTPS). The other security headers are the server's (server.xml, {@code <headers>}), so they are
 * also on responses the application never sees.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class StrictTransportSecurityFilter extends HttpFilter {
    static final String VALUE = "max-age=31536000; includeSubDomains";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", VALUE);
        }
        chain.doFilter(request, response);
    }
}
