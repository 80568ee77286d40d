package accord.problem;

import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.ReadOnlyFileSystemException;

/**
 * What stopped a command, in one line for its user. A file system's refusal names the file and why, and what to do:
 * Java's own message for it is the bare path ("accord: error: /srv/portal/site/.accord-site" said nothing of a
 * permission).
 */
public final class Failure {
    private Failure() {
    }

    /** {@code ex} in words: the first refusal of the file system in its chain of causes, or its own message. */
    public static String describe(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof FileSystemException f && f.getFile() != null) return describe(f);
            if (t instanceof ReadOnlyFileSystemException) {
                return "the file system is read-only (a build can write elsewhere with --output)";
            }
        }
        return ex.getMessage() == null ? ex.toString() : ex.getMessage();
    }

    private static String describe(FileSystemException f) {
        String file = f.getFile() + (f.getOtherFile() == null ? "" : " (to " + f.getOtherFile() + ")");
        if (f instanceof AccessDeniedException) {
            return file + ": permission denied: the user running Accord may not write or read it"
                    + " (change its owner or permissions; a build can write elsewhere with --output)";
        }
        if (f instanceof FileAlreadyExistsException) {
            return file + ": a file is in the way where Accord needs a folder or a file of its own"
                    + " (move it; a build can write elsewhere with --output)";
        }
        if (f instanceof NoSuchFileException) return file + ": no such file or folder";
        if (f instanceof NotDirectoryException) return file + ": not a folder";
        if (f instanceof DirectoryNotEmptyException) return file + ": a folder that is not empty";
        return file + (f.getReason() == null ? ": could not be read or written" : ": " + f.getReason());
    }
}
