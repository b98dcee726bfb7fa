package org.casekeep.kernel.tables;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.casekeep.kernel.disclosurecontrol.DisclosureControl;
import org.casekeep.kernel.disclosurecontrol.Dimension;
import org.casekeep.kernel.disclosurecontrol.FrequencyTable;
import org.casekeep.kernel.disclosurecontrol.ProtectedTable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The documents every aggregate report is written as: a CSV a spreadsheet cannot take for formulas, a PDF holding
 * the same cells, and the layout of one-, two- and three-way protected tables with every margin, a suppressed cell
 * saying so and never its count.
 */
class TableDocumentTests {

	@Test
	void aCsvCellThatASpreadsheetWouldRunAsAFormulaIsNeutralisedAndNumbersStayNumbers() {
		assertThat(TableDocumentCsv.cell("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
		assertThat(TableDocumentCsv.cell("+1+1")).isEqualTo("'+1+1");
		assertThat(TableDocumentCsv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(TableDocumentCsv.cell("\uFF1D1+1")).isEqualTo("'\uFF1D1+1");
		assertThat(TableDocumentCsv.cell("-3")).isEqualTo("-3");
		assertThat(TableDocumentCsv.cell("Otero County, NM")).isEqualTo("\"Otero County, NM\"");
		assertThat(TableDocumentCsv.cell("Krome")).isEqualTo("Krome");
	}

	@Test
	void aThreeWayTableIsLaidOutAsOneGridPerLayerAndItsTotalWithEveryMargin() {
		FrequencyTable.Builder builder = FrequencyTable.builder("t", Dimension.of("a", "x", "y"),
				Dimension.of("b", "p", "q"), Dimension.of("c", "1", "2"));
		for (String a : List.of("x", "y")) {
			for (String b : List.of("p", "q")) {
				builder.add(20, a, b, "1").add(30, a, b, "2");
			}
		}
		ProtectedTable table = DisclosureControl.cms().protect(builder.build());
		List<CrossTabLayout.Grid> grids = CrossTabLayout.grids(table, "Answers", d -> d.toUpperCase(), (d, c) -> c);

		assertThat(grids).extracting(CrossTabLayout.Grid::layer).containsExactly("C: 1", "C: 2", "C: Total");
		assertThat(grids.getFirst().heading()).containsExactly("A / B", "p", "q", "Total");
		assertThat(grids.getFirst().rows()).containsExactly(List.of("x", "20", "20", "40"), List.of("y", "20", "20", "40"),
				List.of("Total", "40", "40", "80"));
		assertThat(grids.getLast().rows().getLast()).containsExactly("Total", "100", "100", "200");
		assertThatThrownBy(() -> CrossTabLayout.grids(DisclosureControl.cms().protect(FrequencyTable.builder("four",
				Dimension.of("a", "x"), Dimension.of("b", "x"), Dimension.of("c", "x"), Dimension.of("d", "x"))
			.add(50, "x", "x", "x", "x").build()), "n", d -> d, (d, c) -> c))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void aSuppressedCellReadsSuppressedInTheCsvAndThePdfAndItsCountIsNowhere() throws Exception {
		FrequencyTable counts = FrequencyTable.twoWay("t", Dimension.of("office", "Austin", "Boston", "Chicago"),
				Dimension.of("found", "Yes", "No"), new long[][] { { 40, 30 }, { 35, 25 }, { 4, 20 } });
		ProtectedTable table = DisclosureControl.cms().protect(counts);
		CrossTabLayout.Grid grid = CrossTabLayout.grids(table, "Answers", d -> d, (d, c) -> c).getFirst();
		TableDocument document = new TableDocument("Report", "DHS", List.of("Aggregated."),
				List.of(new TableDocument.Table("Table 1", "", grid.heading(), grid.rows())), "Disclosure control",
				List.of("Audit passed."));

		String csv = new String(document.csv(), StandardCharsets.UTF_8);
		assertThat(csv).contains("Chicago,suppressed").contains("Total,").doesNotContain(",4,").doesNotContain(",4\r")
			.contains("Disclosure control\r\nAudit passed.");
		String text;
		try (PDDocument pdf = Loader.loadPDF(document.pdf())) {
			text = new PDFTextStripper().getText(pdf);
		}
		assertThat(text).contains("Report").contains("Chicago").contains("suppressed").contains("Audit passed.");
	}
}
