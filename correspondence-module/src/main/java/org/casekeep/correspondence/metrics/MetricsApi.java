package org.casekeep.correspondence.metrics;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Response metrics per component over the taskers the caller may see (FEMA ACT, ESTT). */
@RestController
class MetricsApi {

	private final TaskerMetrics metrics;

	MetricsApi(TaskerMetrics metrics) {
		this.metrics = metrics;
	}

	/** {@code from} and {@code to} are ISO dates, both inclusive; by default the last 12 months. */
	@GetMapping("/api/correspondence/metrics")
	TaskerMetricsReport metrics(
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to) {
		return metrics.report(from, to);
	}
}
