package org.entente.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.concurrent.Semaphore;

/**
 * A cap on the requests the server works on at once: past it, a request is answered at once with
 * 503 and {@code Retry-After}, instead of queueing behind queries that may each run until the
 * timeout. One instance is shared by every path it guards.
 */
final class ConcurrencyLimitFilter implements Filter {

    private final int limit;
    private final Semaphore permits;

    ConcurrencyLimitFilter(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("the cap on concurrent queries must be at least 1, not " + limit);
        }
        this.limit = limit;
        this.permits = new Semaphore(limit);
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        if (!permits.tryAcquire()) {
            HttpServletResponse http = (HttpServletResponse) response;
            http.setHeader("Retry-After", "1");
            ModelResponse.sendError(http, HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                    "The server is already answering " + limit + " requests, its limit; try again in a moment.");
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            permits.release();
        }
    }
}
