package org.storyline.source;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Says what is wrong with a symbolic link that does not lead to a file, in words for the ingest report. */
final class SymbolicLinks {

    private SymbolicLinks() {
    }

    static String problem(Path link) {
        String target = target(link);
        try {
            Path real = link.toRealPath();
            if (Files.isDirectory(real)) {
                Path folder = link.toAbsolutePath().getParent();
                boolean loop = folder != null && folder.toRealPath().startsWith(real);
                return loop ? "a symbolic link loop: it leads back to its own folder (" + target + ")"
                        : "a symbolic link to a folder (" + target + "), not followed; name that folder instead";
            }
            return "a symbolic link to something that is not a file (" + target + ")";
        } catch (NoSuchFileException e) {
            return "a symbolic link to nothing: " + target + " does not exist";
        } catch (FileSystemException e) {
            return "a symbolic link loop (" + target + "): " + (e.getReason() == null ? "cannot be resolved" : e.getReason());
        } catch (IOException e) {
            return "a symbolic link that cannot be followed (" + target + "): " + e.getMessage();
        }
    }

    private static String target(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException | UnsupportedOperationException e) {
            return "?";
        }
    }
}
