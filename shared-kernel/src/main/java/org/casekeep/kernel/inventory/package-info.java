/**
 * The data inventory: every declared personal-data field of every module with who sees it, its retention schedule and legal basis, derived from the declarations (a living appendix of the PIAs).
 */
@org.jspecify.annotations.NullMarked
package org.casekeep.kernel.inventory;
