package org.casekeep.detention.reports;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.casekeep.kernel.time.ReportingPeriod;
import org.casekeep.kernel.validation.InputCheck;
import org.casekeep.kernel.web.PageForms;
import org.jspecify.annotations.Nullable;

/**
 * A custom report as the form and the API ask for it, read once for both: the row dimension (required), the column
 * dimension (optional) and the period (the kernel's {@link ReportingPeriod}: the last 12 months unless given).
 */
record ReportRequest(ReportDimension rows, @Nullable ReportDimension columns, ReportingPeriod period) {

	static final ReportDimension DEFAULT_ROWS = ReportDimension.CATEGORY;

	/**
	 * @throws org.casekeep.kernel.validation.InvalidInputException naming {@code rows}, {@code columns}, {@code from}
	 *         or {@code to}, every one that cannot be read.
	 */
	static ReportRequest of(@Nullable String rows, @Nullable String columns, @Nullable String from, @Nullable String to) {
		InputCheck check = new InputCheck();
		ReportDimension rowDimension = rows == null || rows.isBlank() ? DEFAULT_ROWS : dimension(check, "rows", rows);
		ReportDimension columnDimension = columns == null || columns.isBlank() || columns.equalsIgnoreCase("NONE") ? null
				: dimension(check, "columns", columns);
		check.throwIfInvalid();
		return new ReportRequest(java.util.Objects.requireNonNull(rowDimension), columnDimension, period(from, to));
	}

	static ReportingPeriod period(@Nullable String from, @Nullable String to) {
		return ReportingPeriod.of(PageForms.date(from, "from"), PageForms.date(to, "to"));
	}

	private static @Nullable ReportDimension dimension(InputCheck check, String field, String raw) {
		ReportDimension dimension = ReportDimension.parse(raw);
		if (dimension == null) {
			check.reject(field, "Choose one of " + Arrays.stream(ReportDimension.values()).map(Enum::name)
				.collect(Collectors.joining(", ")));
		}
		return dimension;
	}
}
