/**
 * Files that come into the office, as letters at intake, from the monitored mailbox or as draft responses: their size
 * and type checked from the bytes, their text extracted (and read by OCR where Tesseract is installed) so it can be
 * searched and scanned for SPII, and a refusal that names the file.
 */
@org.jspecify.annotations.NullMarked
package org.casekeep.correspondence.files;
