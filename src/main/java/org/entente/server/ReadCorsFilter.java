package org.entente.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import org.apache.jena.fuseki.servlets.CrossOriginFilter;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

/**
 * CORS for the read paths (queries, linked data, VoID, the JSON-LD context), so that a page on any
 * origin can query Entente from the browser: Fuseki's {@link CrossOriginFilter} with GET, POST and
 * HEAD from any origin and no credentials. The write endpoints get no CORS headers, so a browser
 * never sends a stored password to them on another site's behalf.
 */
final class ReadCorsFilter implements Filter {

    private static final Map<String, String> SETTINGS = Map.of(
            CrossOriginFilter.ALLOWED_ORIGINS_PARAM, "*",
            CrossOriginFilter.ALLOWED_METHODS_PARAM, "GET,POST,HEAD,OPTIONS",
            CrossOriginFilter.ALLOWED_HEADERS_PARAM, "X-Requested-With,Content-Type,Accept,Origin",
            CrossOriginFilter.EXPOSED_HEADERS_PARAM, "Content-Type,Content-Length,Vary",
            CrossOriginFilter.ALLOW_CREDENTIALS_PARAM, "false",
            CrossOriginFilter.CHAIN_PREFLIGHT_PARAM, "false");

    private final CrossOriginFilter cors = new CrossOriginFilter();

    @Override
    public void init(FilterConfig config) throws ServletException {
        cors.init(new FilterConfig() {
            @Override
            public String getFilterName() {
                return config.getFilterName();
            }

            @Override
            public ServletContext getServletContext() {
                return config.getServletContext();
            }

            @Override
            public String getInitParameter(String name) {
                return SETTINGS.get(name);
            }

            @Override
            public Enumeration<String> getInitParameterNames() {
                return Collections.enumeration(SETTINGS.keySet());
            }
        });
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        cors.doFilter(request, response, chain);
    }
}
