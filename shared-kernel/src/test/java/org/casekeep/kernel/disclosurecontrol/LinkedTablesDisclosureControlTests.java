package org.casekeep.kernel.disclosurecontrol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casekeep.kernel.disclosurecontrol.FrequencyTable.ALL;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Two tables of the same complaints that share the state margins and the grand total:
 *
 * <pre>
 *   by category   medical property | total        by gender   F    M | total
 *   S0                  1       18 |    19        S0         18    1 |    19
 *   S1                 12        2 |    14        S1          0   14 |    14
 *   S2                  0       46 |    46        S2          5   41 |    46
 * </pre>
 *
 * Protected alone, the gender table hides the state totals of S0 and S1 to protect its small cells, while the
 * category table, whose own complements lie elsewhere, publishes them: with 14 from the category table, S1,M = 14
 * follows exactly from the gender table's row S1. Protected together, a state total is one cell for both.
 */
class LinkedTablesDisclosureControlTests {

	private static final Dimension STATE = Dimension.of("state", "S0", "S1", "S2");

	private final FrequencyTable byCategory = FrequencyTable.twoWay("by category", STATE,
			Dimension.of("category", "medical", "property"), new long[][] { { 1, 18 }, { 12, 2 }, { 0, 46 } });

	private final FrequencyTable byGender = FrequencyTable.twoWay("by gender", STATE, Dimension.of("gender", "F", "M"),
			new long[][] { { 18, 1 }, { 0, 14 }, { 5, 41 } });

	private final DisclosureControl control = DisclosureControl.cms();

	@Test
	void protectingLinkedTablesOneAtATimeLeaksWhatEachAuditAlonePassed() {
		ProtectedTable categories = control.protect(byCategory);
		ProtectedTable genders = control.protect(byGender);

		AuditReport readerWithBoth = control.audit(List.of(byCategory, byGender), List.of(categories, genders));

		assertThat(categories.audit().passed()).isTrue();
		assertThat(genders.audit().passed()).isTrue();
		assertThat(genders.cell(byGender.cell("S1", ALL)).isSuppressed()).isTrue();
		assertThat(categories.cell(byCategory.cell("S1", ALL)).count()).isEqualTo(14L);
		assertThat(readerWithBoth.passed()).isFalse();
		assertThat(readerWithBoth.failures()).contains(new CellRange(byGender.cell("S1", "M"), 14, 14L));
	}

	@Test
	void protectingThemTogetherHidesEverySharedCellInBothAndPassesTheJointAudit() {
		List<ProtectedTable> together = control.protectTogether(List.of(byCategory, byGender));

		AuditReport readerWithBoth = control.audit(List.of(byCategory, byGender), together);

		assertThat(readerWithBoth.passed()).isTrue();
		assertThat(together).extracting(ProtectedTable::name).containsExactly("by category", "by gender");
		for (String state : STATE.categories()) {
			CellKey total = byCategory.cell(state, ALL);
			assertThat(together.get(0).cell(total).isSuppressed()).as(state)
				.isEqualTo(together.get(1).cell(total).isSuppressed());
		}
		assertThat(together.get(1).audit().ranges()).allMatch(range -> range.isAtLeast(DisclosurePolicy.CMS_THRESHOLD));
	}
}
