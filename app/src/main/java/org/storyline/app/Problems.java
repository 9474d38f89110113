package org.storyline.app;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * A file problem in words: Java's exceptions often carry only the path ({@code NoSuchFileException: /no/such/x}),
 * which says where but not what went wrong.
 *
 * <pre>{@code
 * Problems.of(new NoSuchFileException("/no/such/dir/x.jsonl"))  // "no such file or folder"
 * }</pre>
 */
final class Problems {

    private Problems() {
    }

    static String of(IOException e) {
        String reason = switch (e) {
            case NoSuchFileException x -> "no such file or folder";
            case AccessDeniedException x -> "permission denied";
            case FileAlreadyExistsException x -> "it exists already";
            case NotDirectoryException x -> "a part of the path is not a folder";
            case FileSystemException x when x.getReason() != null -> x.getReason();
            default -> e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        };
        return Terminal.safe(reason);
    }
}
