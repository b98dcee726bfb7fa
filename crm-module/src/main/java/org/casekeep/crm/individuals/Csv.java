package org.casekeep.crm.individuals;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import org.casekeep.kernel.values.PostalAddress;
import org.jspecify.annotations.Nullable;

/**
 * RFC 4180 cells with spreadsheet formula injection neutralised (OWASP "CSV injection"): a cell whose first
 * non-blank character is one a spreadsheet reads as the start of a formula ({@code = + - @}, their full-width forms,
 * tab or carriage return) is prefixed with {@code '}. A multi-valued cell is neutralised value by value, so splitting
 * it on its separator (as "text to columns" does) cannot reveal a formula either.
 */
final class Csv {

	/** Separator of the values of one multi-valued cell. */
	static final String LIST_SEPARATOR = ";";

	private static final String FORMULA_LEADS = "=+-@\uFF1D\uFF0B\uFF0D\uFF20";

	private Csv() {
	}

	static List<String> cells(@Nullable Object... values) {
		return Arrays.stream(values).map(Csv::cell).toList();
	}

	/** The cells of an address: street1, street2, city, state (USPS code), zip; empty for none. */
	static List<String> addressCells(@Nullable PostalAddress address) {
		return address == null ? cells(null, null, null, null, null)
				: cells(address.street1(), address.street2(), address.city(), address.state().code(), address.zip());
	}

	/** One cell holding several values, each neutralised before they are joined. */
	static String listCell(Collection<?> values) {
		return quoted(values.stream()
			.map(value -> neutralised(String.valueOf(value)))
			.collect(Collectors.joining(LIST_SEPARATOR)));
	}

	static String cell(@Nullable Object value) {
		return value == null ? "" : quoted(neutralised(value.toString()));
	}

	private static String neutralised(String text) {
		String lead = text.stripLeading();
		boolean formula = !lead.isEmpty() && FORMULA_LEADS.indexOf(lead.charAt(0)) >= 0;
		boolean controlLead = !text.isEmpty() && (text.charAt(0) == '\t' || text.charAt(0) == '\r');
		return formula || controlLead ? "'" + text : text;
	}

	private static String quoted(String text) {
		if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
			return "\"" + text.replace("\"", "\"\"") + "\"";
		}
		return text;
	}
}
