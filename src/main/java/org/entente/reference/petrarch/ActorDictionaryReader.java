package org.entente.reference.petrarch;

import org.entente.reference.InvalidReferenceException;
import org.entente.reference.ReferenceProblem;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads an actor dictionary in PETRARCH-2's format. An entry starts at the beginning of a line
 * with its name, words joined by {@code _} (a trailing {@code _} marks the last word; a space is
 * read like {@code _}, and parenthesised words such as {@code (AAIA)} are left out), then its roles
 * in brackets, as {@code PAUL_BIYA_ [CMRGOV >821106]}. Lines starting with {@code +} add synonyms
 * (several if joined by {@code +}); lines starting with a tab or space add roles; {@code #} starts a
 * comment; {@code ---STOP---} ends the dictionary. An entry may have no role of its own.
 * <p>
 * A line that cannot be read (a synonym or role before any entry, a role line without a role, a
 * bracket left open, a malformed code) is an error naming the file and line; every error of the
 * file is listed in one {@link InvalidReferenceException}. A role whose date restriction cannot be
 * read (PETRARCH logs and skips these too) is skipped, and words beside the roles (which PETRARCH
 * ignores) are not read; both are listed with their line in {@link ActorDictionary#skipped()}.
 */
public final class ActorDictionaryReader {

    private static final Pattern PARENTHESISED = Pattern.compile("\\([^)]*\\)?");
    private static final Pattern SPACES = Pattern.compile("[\\s_]+");

    private final String file;
    private final List<ActorEntry> entries = new ArrayList<>();
    private final List<ReferenceProblem> errors = new ArrayList<>();
    private final List<ReferenceProblem> skipped = new ArrayList<>();
    private String name;
    private int start;
    private List<String> synonyms;
    private List<ActorRole> roles;

    private ActorDictionaryReader(String file) {
        this.file = file;
    }

    /** The dictionary in {@code path}, named {@code file} in messages. */
    public static ActorDictionary read(Path path, String file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(path, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new InvalidReferenceException(List.of(new ReferenceProblem(file, 1, null, "not UTF-8 text")));
        } catch (NoSuchFileException e) {
            throw new InvalidReferenceException(List.of(new ReferenceProblem(file, 1, null, "there is no such file")));
        } catch (IOException e) {
            throw new InvalidReferenceException(List.of(new ReferenceProblem(file, 1, null, "cannot read the file: " + e.getMessage())));
        }
        return new ActorDictionaryReader(file).readAll(lines);
    }

    public static ActorDictionary read(Path path) {
        return read(path, path.toString());
    }

    private ActorDictionary readAll(List<String> lines) {
        for (int n = 1; n <= lines.size(); n++) {
            String line = lines.get(n - 1);
            if (line.contains("---STOP---")) {
                break;
            }
            int comment = line.indexOf('#');
            String text = comment < 0 ? line : line.substring(0, comment);
            if (!text.isBlank()) {
                readLine(text, n);
            }
        }
        finishEntry();
        if (!errors.isEmpty()) {
            throw new InvalidReferenceException(errors);
        }
        return new ActorDictionary(file, entries, skipped);
    }

    private void readLine(String text, int n) {
        char first = text.charAt(0);
        if (first == '+' || Character.isWhitespace(first)) {
            if (name == null) {
                errors.add(problem(n, (first == '+' ? "a synonym" : "a role") + " before the first entry"));
                return;
            }
            if (first == '+') {
                String words = beforeRoles(text.substring(1), n);
                for (String synonym : words.split("\\+")) {
                    String clean = clean(synonym);
                    if (!clean.isEmpty()) {
                        synonyms.add(clean);
                    }
                }
            } else if (text.indexOf('[') < 0) {
                errors.add(problem(n, "an indented line adds roles to the entry above, but has no [CODE]"));
                return;
            } else if (!text.substring(0, text.indexOf('[')).isBlank()) {
                skipped.add(problem(n, "the words before the role are not read: \"" + text.substring(0, text.indexOf('[')).strip() + "\""));
            }
            readRoles(text, n);
            return;
        }
        finishEntry();
        String entryName = clean(beforeRoles(text, n));
        if (entryName.isEmpty()) {
            errors.add(problem(n, "an entry needs a name before its roles"));
            return;
        }
        name = entryName;
        start = n;
        synonyms = new ArrayList<>();
        roles = new ArrayList<>();
        readRoles(text, n);
    }

    private static String beforeRoles(String text, int n) {
        int open = text.indexOf('[');
        return open < 0 ? text : text.substring(0, open);
    }

    /** Adds every bracketed role of the line to the current entry. */
    private void readRoles(String text, int n) {
        int at = text.indexOf('[');
        while (at >= 0) {
            int close = text.indexOf(']', at);
            if (close < 0) {
                errors.add(problem(n, "\"[\" without \"]\""));
                return;
            }
            String role = text.substring(at + 1, close);
            try {
                roles.add(ActorRole.parse(role));
            } catch (IllegalArgumentException e) {
                if (role.strip().matches("(---|[A-Z0-9~]+)\\s+.*")) {
                    skipped.add(problem(n, "role [" + role.strip() + "] skipped: " + e.getMessage()));
                } else {
                    errors.add(problem(n, e.getMessage()));
                }
            }
            String between = text.substring(close + 1, text.indexOf('[', close) < 0 ? text.length() : text.indexOf('[', close));
            if (!between.isBlank()) {
                skipped.add(problem(n, "the words after the role are not read: \"" + between.strip() + "\""));
            }
            at = text.indexOf('[', close);
        }
    }

    private void finishEntry() {
        if (name != null) {
            entries.add(new ActorEntry(name, synonyms, roles, start));
            name = null;
        }
    }

    /** The words of a name, one space between, without parenthesised parts. */
    static String clean(String raw) {
        return SPACES.matcher(PARENTHESISED.matcher(raw).replaceAll(" ")).replaceAll(" ").strip();
    }

    private ReferenceProblem problem(int line, String message) {
        return new ReferenceProblem(file, line, null, message);
    }
}
