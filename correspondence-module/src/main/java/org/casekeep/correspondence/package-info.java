/**
 * Correspondence and tasker tracking (seed: correspondence-tracking-pia.txt): the office takes letters, email, fax
 * and telephone notes in, holds them until their SPII is redacted or kept, routes taskers to answer them and clears
 * and dispatches the response, each item seen only by the assigning office, the assignees and their leadership.
 * <p>
 * Its API is {@code events}; its features live in sub-packages, over {@code office} (the facts they share) and
 * {@code files}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Correspondence and taskers",
		allowedDependencies = { "kernel" })
@org.jspecify.annotations.NullMarked
package org.casekeep.correspondence;
