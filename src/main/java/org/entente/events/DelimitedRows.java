package org.entente.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The lines of an event file as it is published: plain text, or the one data file inside a
 * {@code .zip} (GDELT ships each export so), read as a stream, never whole into memory.
 */
final class DelimitedRows {

    private DelimitedRows() {
    }

    /** The file's text, unzipped if it is a zip (its first entry that is not a folder). */
    static BufferedReader open(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
            ZipInputStream zip = new ZipInputStream(in);
            ZipEntry entry = zip.getNextEntry();
            while (entry != null && entry.isDirectory()) {
                entry = zip.getNextEntry();
            }
            if (entry == null) {
                zip.close();
                throw new IOException(file + " is a zip file with no file in it");
            }
            in = zip;
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    }
}
