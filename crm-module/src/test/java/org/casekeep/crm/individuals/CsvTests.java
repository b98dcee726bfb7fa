package org.casekeep.crm.individuals;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** What a CRM administrator opens in a spreadsheet cannot run a formula someone typed into a record. */
class CsvTests {

	@ParameterizedTest
	@ValueSource(strings = { "=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)", " =1+1", "\t=1+1", "\r=1",
			"\uFF1D1+1", "\tplain" })
	void aCellThatASpreadsheetWouldReadAsAFormulaIsQuotedAsText(String typed) {
		String cell = Csv.cell(typed);
		assertThat(unquoted(cell)).startsWith("'").endsWith(typed);
	}

	@Test
	void ordinaryTextIsLeftAsTyped() {
		assertThat(Csv.cell("Rio Grande Chamber")).isEqualTo("Rio Grande Chamber");
		assertThat(Csv.cell("O'Neil, Pat")).isEqualTo("\"O'Neil, Pat\"");
		assertThat(Csv.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
		assertThat(Csv.cell(null)).isEmpty();
	}

	@Test
	void everyValueOfAMultiValuedCellIsNeutralisedSoSplittingTheCellRevealsNoFormula() {
		String cell = Csv.listCell(List.of("op-eds", "=cmd|' /C calc'!A0", "@SUM(1)"));
		assertThat(cell).doesNotStartWith("'");
		List<String> values = Arrays.asList(unquoted(cell).split(Csv.LIST_SEPARATOR));
		assertThat(values).containsExactly("op-eds", "'=cmd|' /C calc'!A0", "'@SUM(1)");
	}

	@Test
	void aMultiValuedCellWithASeparatorOrQuoteIsStillOneRfc4180Cell() {
		assertThat(Csv.listCell(List.of("a,b", "c"))).isEqualTo("\"a,b;c\"");
		assertThat(Csv.listCell(List.of())).isEmpty();
	}

	private static String unquoted(String cell) {
		return cell.startsWith("\"") ? cell.substring(1, cell.length() - 1).replace("\"\"", "\"") : cell;
	}
}
