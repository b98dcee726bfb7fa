package org.casekeep.kernel.retention.archive;

import java.nio.file.Path;

/**
 * An archive package written and verified: its file name in the archive directory, its SHA-256 (hex) and where it is.
 */
public record ArchivePackage(String fileName, String sha256, Path path) {
}
