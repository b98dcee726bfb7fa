/**
 * Statistical disclosure control of aggregate reports (the ombudsman's reports to Congress, customer research
 * reports): frequency tables with their margins are published only after primary suppression of small cells,
 * complementary suppression so no hidden cell follows from the published rows, columns and margins, and an audit by
 * linear programming of every hidden cell's feasible range.
 * <p>
 * Start at {@link org.casekeep.kernel.disclosurecontrol.DisclosureControl}. Tables that share margins (one study's
 * tables, or a report's per-state and per-category tables) are protected together, never one by one: protecting
 * linked tables separately is the known failure of table-by-table tools, since one table can publish what the other
 * hides. The published form, {@link org.casekeep.kernel.disclosurecontrol.ProtectedTable}, holds no suppressed value
 * at all, so no rendering (CSV, PDF, JSON, {@code toString}) can leak one.
 */
@org.jspecify.annotations.NullMarked
package org.casekeep.kernel.disclosurecontrol;
