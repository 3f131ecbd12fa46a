package org.entente.server;

import jakarta.servlet.http.HttpServletRequest;

/** The address a client reached the server at ({@code http://host:port}), to name the server's own documents. */
record ServerUrl(String root) {

    static ServerUrl of(HttpServletRequest request) {
        String host = request.getServerName();
        if (host.contains(":") && !host.startsWith("[")) {
            host = "[" + host + "]";
        }
        return new ServerUrl(request.getScheme() + "://" + host + ":" + request.getServerPort() + request.getContextPath());
    }

    /** The URL of a path on this server, e.g. {@code /.well-known/void}. */
    String resolve(String path) {
        return root + path;
    }
}
