/**
 * The Privacy Act accounting of disclosures (5 U.S.C. 552a(c)): who received which records, when, for what purpose
 * and under which authority, listed per record and per person.
 */
@org.jspecify.annotations.NullMarked
package org.casekeep.kernel.disclosure;
