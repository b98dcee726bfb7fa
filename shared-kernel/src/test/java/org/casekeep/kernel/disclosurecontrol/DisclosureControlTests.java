package org.casekeep.kernel.disclosurecontrol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.casekeep.kernel.disclosurecontrol.FrequencyTable.ALL;

import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

/** Small tables worked by hand: what is hidden, and what the audit proves about it. */
class DisclosureControlTests {

	private static final Dimension ROWS = Dimension.of("row", "A", "B", "C");

	private static final Dimension COLUMNS = Dimension.of("column", "X", "Y", "Z");

	private final DisclosureControl control = DisclosureControl.cms();

	/**
	 * <pre>
	 *        X    Y    Z | total
	 *   A    3   20   30 |    53
	 *   B   25   40   50 |   115
	 *   C   35   45   60 |   140
	 *   ---------------------------
	 *       63  105  140 |   308
	 * </pre>
	 */
	private static FrequencyTable oneSmallCell() {
		return FrequencyTable.twoWay("one small cell", ROWS, COLUMNS,
				new long[][] { { 3, 20, 30 }, { 25, 40, 50 }, { 35, 45, 60 } });
	}

	@Test
	void aSingleSmallCellGetsTheSmallestComplementsOfItsRowAndColumn() {
		FrequencyTable table = oneSmallCell();

		ProtectedTable published = control.protect(table);

		// 20 is the smallest other cell of row A, 25 of column X, and 40 closes column Y: a 2×2 rectangle.
		assertThat(published.suppressedCells()).containsExactlyInAnyOrder(table.cell("A", "X"), table.cell("A", "Y"),
				table.cell("B", "X"), table.cell("B", "Y"));
		assertThat(published.cell(table.cell("A", ALL)).count()).isEqualTo(53L);
		assertThat(published.cell(table.cell(ALL, ALL)).count()).isEqualTo(308L);
	}

	@Test
	void afterComplementarySuppressionTheAuditFindsAWideRange() {
		FrequencyTable table = oneSmallCell();

		ProtectedTable published = control.protect(table);

		// A,X + A,Y = 23 and B,X = 28 − A,X ≥ 1, B,Y = 37 + A,X: anything from 1 to 22.
		assertThat(published.audit().passed()).isTrue();
		assertThat(control.audit(List.of(table), List.of(published)).ranges()).contains(
				new CellRange(table.cell("A", "X"), 1, 22L), new CellRange(table.cell("B", "Y"), 38, 59L));
		// Protection stops solving once feasible tables spread a cell wide enough: what it reports lies within.
		assertThat(published.audit().ranges()).allSatisfy(range -> {
			assertThat(range.isAtLeast(DisclosurePolicy.CMS_THRESHOLD)).isTrue();
			assertThat(range.bounds()).isEqualTo(CellRange.Bounds.WITNESSED);
		});
		assertThat(published.audit().ranges()).anySatisfy(range -> {
			assertThat(range.cell()).isEqualTo(table.cell("A", "X"));
			assertThat(range.lower()).isGreaterThanOrEqualTo(1);
			assertThat(range.upper()).isLessThanOrEqualTo(22L);
		});
	}

	@Test
	void theAuditRecoversASmallCellThatOnlyPrimarySuppressionHid() {
		FrequencyTable table = oneSmallCell();
		ProtectedTable primaryOnly = publishedHiding(table, List.of(table.cell("A", "X")));

		AuditReport report = control.audit(List.of(table), List.of(primaryOnly));

		assertThat(report.passed()).isFalse();
		assertThat(report.failures()).containsExactly(new CellRange(table.cell("A", "X"), 3, 3L));
		assertThat(report.failures().getFirst().isExact()).isTrue();
	}

	/**
	 * Four small cells forming a rectangle: every row and column has two hidden cells, so no subtraction gives one
	 * away, yet A,X + A,Y = 7, B,X + B,Y = 3, A,X + B,X = 5 and A,Y + B,Y = 5 leave A,X only 3 or 4.
	 */
	@Test
	void theAuditCatchesANarrowRangeThatNoSingleRelationShowsAndSuppressionWidensIt() {
		FrequencyTable table = FrequencyTable.twoWay("small rectangle", ROWS, COLUMNS,
				new long[][] { { 3, 4, 30 }, { 2, 1, 40 }, { 50, 60, 70 } });
		ProtectedTable primaryOnly = publishedHiding(table, List.of(table.cell("A", "X"), table.cell("A", "Y"),
				table.cell("B", "X"), table.cell("B", "Y")));

		AuditReport primaryAudit = control.audit(List.of(table), List.of(primaryOnly));
		ProtectedTable published = control.protect(table);

		assertThat(primaryAudit.failures()).contains(new CellRange(table.cell("A", "X"), 3, 4L));
		assertThat(published.suppressedCells()).hasSizeGreaterThan(4);
		assertThat(control.audit(List.of(table), List.of(published)).passed()).isTrue();
		assertThat(published.audit().ranges()).allMatch(range -> range.isAtLeast(DisclosurePolicy.CMS_THRESHOLD));
	}

	@Test
	void aSmallMarginIsSuppressedAndZerosArePublished() {
		FrequencyTable table = FrequencyTable.twoWay("small row", ROWS, COLUMNS,
				new long[][] { { 3, 5, 0 }, { 25, 40, 50 }, { 35, 45, 60 } });

		ProtectedTable published = control.protect(table);

		assertThat(published.cell(table.cell("A", ALL)).isSuppressed()).isTrue();
		assertThat(published.cell(table.cell("A", "Z")).count()).isZero();
		assertThat(published.audit().passed()).isTrue();
	}

	@Test
	void aTableWithoutSmallCellsIsPublishedWhole() {
		FrequencyTable table = FrequencyTable.twoWay("no small cell", ROWS, COLUMNS,
				new long[][] { { 0, 20, 30 }, { 25, 40, 50 }, { 35, 45, 60 } });

		ProtectedTable published = control.protect(table);

		assertThat(published.suppressedCells()).isEmpty();
		assertThat(published.audit().ranges()).isEmpty();
	}

	@Test
	void theThresholdIsThePolicys() {
		FrequencyTable table = oneSmallCell();

		ProtectedTable published = new DisclosureControl(DisclosurePolicy.minimumCell(21)).protect(table);

		assertThat(published.suppressedCells()).contains(table.cell("A", "X"), table.cell("A", "Y"));
		assertThat(published.audit().ranges()).allMatch(range -> range.isAtLeast(21));
	}

	@Test
	void aThreeWayTableIsProtectedWithAllItsMargins() {
		FrequencyTable table = FrequencyTable.builder("three-way", Dimension.of("state", "CA", "TX"),
				Dimension.of("category", "medical", "property"), Dimension.of("year", "2026", "2027"))
			.add(4, "CA", "medical", "2026")
			.add(30, "CA", "medical", "2027")
			.add(22, "CA", "property", "2026")
			.add(17, "CA", "property", "2027")
			.add(40, "TX", "medical", "2026")
			.add(35, "TX", "medical", "2027")
			.add(28, "TX", "property", "2026")
			.add(51, "TX", "property", "2027")
			.build();

		ProtectedTable published = control.protect(table);

		assertThat(table.cells()).hasSize(27);
		assertThat(table.count(table.cell("CA", ALL, ALL))).isEqualTo(73);
		assertThat(published.cell(table.cell("CA", "medical", "2026")).isSuppressed()).isTrue();
		assertThat(control.audit(List.of(table), List.of(published)).passed()).isTrue();
	}

	@Test
	void aSolverThatDoesNotConvergeRefusesPublication() {
		DisclosureControl impatient = new DisclosureControl(new DisclosurePolicy(11, 11, 1));

		assertThatExceptionOfType(UnpublishableTableException.class).isThrownBy(() -> impatient.protect(oneSmallCell()))
			.withMessageContaining("did not converge")
			.withMessageContaining("nothing is published");
	}

	@Test
	void theAuditOfPublicationsAlsoFailsClosed() {
		FrequencyTable table = oneSmallCell();
		ProtectedTable published = control.protect(table);
		DisclosureControl impatient = new DisclosureControl(new DisclosurePolicy(11, 11, 1));

		assertThatExceptionOfType(UnpublishableTableException.class)
			.isThrownBy(() -> impatient.audit(List.of(table), List.of(published)));
	}

	@Test
	void thePublishedFormHoldsNoSuppressedValue() {
		FrequencyTable table = oneSmallCell();

		ProtectedTable published = control.protect(table);
		PublishedCell small = published.cell(table.cell("A", "X"));
		String json = JsonMapper.shared().writeValueAsString(small);

		assertThat(small.count()).isNull();
		assertThat(small).hasToString("column=X, row=A: suppressed");
		assertThat(small.display("*")).isEqualTo("*");
		assertThat(json).doesNotContain("3").contains("\"count\":null");
		assertThat(published.toString()).doesNotContain("=3,").doesNotContain("count=3");
	}

	@Test
	void linkedTablesMustCountTheSamePopulation() {
		Dimension state = Dimension.of("state", "CA", "TX");
		FrequencyTable byCategory = FrequencyTable.twoWay("by category", state, Dimension.of("category", "a", "b"),
				new long[][] { { 20, 30 }, { 40, 50 } });
		FrequencyTable byGender = FrequencyTable.twoWay("by gender", state, Dimension.of("gender", "F", "M"),
				new long[][] { { 20, 31 }, { 40, 50 } });

		assertThatIllegalArgumentException().isThrownBy(() -> control.protectTogether(List.of(byCategory, byGender)))
			.withMessageContaining("state=CA");
	}

	@Test
	void theAuditRefusesAPublicationThatIsNotOfTheOriginals() {
		FrequencyTable table = FrequencyTable.twoWay("with a zero", ROWS, COLUMNS,
				new long[][] { { 0, 20, 30 }, { 25, 40, 50 }, { 35, 45, 60 } });
		ProtectedTable hidesAZero = publishedHiding(table, List.of(table.cell("A", "X"), table.cell("A", "Y")));

		assertThatIllegalArgumentException().isThrownBy(() -> control.audit(List.of(table), List.of(hidesAZero)))
			.withMessageContaining("zeros are published");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> control.audit(List.of(oneSmallCell()), List.of(publishedHiding(table, List.of()))))
			.withMessageContaining("another count");
	}

	@Test
	void aTableRefusesBadInput() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> FrequencyTable.twoWay("bad", ROWS, COLUMNS, new long[][] { { 1, 2, 3 } }));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> FrequencyTable.builder("bad", ROWS, COLUMNS).add(-1, "A", "X"));
		assertThatIllegalArgumentException().isThrownBy(() -> Dimension.of("d", "a", "a"));
		assertThatIllegalArgumentException().isThrownBy(() -> Dimension.of("d", ALL));
	}

	/** What a careless publisher would release: the table with exactly these cells hidden. */
	static ProtectedTable publishedHiding(FrequencyTable table, List<CellKey> hidden) {
		List<PublishedCell> cells = table.cells().stream()
			.map(cell -> hidden.contains(cell) ? PublishedCell.suppressed(cell)
					: new PublishedCell(cell, table.count(cell)))
			.toList();
		return new ProtectedTable(table.name(), table.dimensions(), cells, new AuditReport(1, List.of()));
	}
}
