package org.casekeep.crm.individuals;

import java.util.Arrays;
import java.util.List;

import org.casekeep.kernel.values.PostalAddress;
import org.jspecify.annotations.Nullable;

/** RFC 4180 cells, with spreadsheet formula injection neutralised (a leading =, +, - or @ is quoted with '). */
final class Csv {

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

	static String cell(@Nullable Object value) {
		if (value == null) {
			return "";
		}
		String text = value.toString();
		if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
			text = "'" + text;
		}
		if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
			return "\"" + text.replace("\"", "\"\"") + "\"";
		}
		return text;
	}
}
