/**
 * Bounded text extraction from uploaded files, for every module that takes files from outside: input size, archive
 * entries, inflated size and compression ratio, nesting of embedded documents, DOCTYPE and entity declarations,
 * PDF pages, characters and wall-clock time are all limited ({@code casekeep.files.*}), at most a configured number
 * of extractions run at a time, and none runs inside a database transaction.
 */
@org.jspecify.annotations.NullMarked
package org.casekeep.kernel.files;
