package org.entente.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.entente.io.ClasspathResources;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;

/**
 * Serves files from a folder of the classpath (the page's own files, the WebJars), so that the page
 * needs nothing from the network. A path that leaves the folder or names nothing gets 404.
 */
final class ClasspathFileServlet extends HttpServlet {

    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html;charset=utf-8", "js", "text/javascript;charset=utf-8",
            "css", "text/css;charset=utf-8", "svg", "image/svg+xml", "png", "image/png",
            "json", "application/json", "map", "application/json");

    private final String folder;
    private final String index;

    /** Files under {@code folder} by the request's path info; {@code index}, if not null, for the bare path. */
    ClasspathFileServlet(String folder, String index) {
        this.folder = folder;
        this.index = index;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = index != null ? index : request.getPathInfo();
        String type = path == null ? null : TYPES.get(path.substring(path.lastIndexOf('.') + 1));
        if (type == null || path.contains("..") || path.contains("//")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Optional<InputStream> found = ClasspathResources.find(folder + path.replaceFirst("^/", ""));
        if (found.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try (InputStream in = found.get()) {
            response.setContentType(type);
            response.setHeader("Cache-Control", index != null ? "no-cache" : "max-age=3600");
            in.transferTo(response.getOutputStream());
        }
    }
}
