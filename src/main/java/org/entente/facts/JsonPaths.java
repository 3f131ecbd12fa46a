package org.entente.facts;

/** Turns a JSON pointer ({@code /statements/3/act}) into the path users read ({@code $.statements[3].act}). */
final class JsonPaths {

    private JsonPaths() {
    }

    static String fromPointer(String pointer) {
        StringBuilder path = new StringBuilder("$");
        if (pointer.isEmpty()) {
            return path.toString();
        }
        for (String segment : pointer.substring(1).split("/", -1)) {
            String name = segment.replace("~1", "/").replace("~0", "~");
            if (name.chars().allMatch(Character::isDigit) && !name.isEmpty()) {
                path.append('[').append(name).append(']');
            } else {
                path.append('.').append(name);
            }
        }
        return path.toString();
    }
}
