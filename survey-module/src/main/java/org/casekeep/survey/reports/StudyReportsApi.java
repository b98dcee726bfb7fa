package org.casekeep.survey.reports;

import java.util.Map;
import java.util.UUID;

import org.casekeep.kernel.web.Downloads;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A study's report in the API: its definition, its tables, the minimum cell, and the report generated as JSON, CSV
 * or PDF. Only protected counts are ever returned.
 */
@RestController
@RequestMapping("/api/research/studies/{id}/report")
class StudyReportsApi {

	private final StudyReports reports;

	StudyReportsApi(StudyReports reports) {
		this.reports = reports;
	}

	@GetMapping("/definition")
	StudyReports.Definition definition(@PathVariable UUID id) {
		return reports.definition(id);
	}

	@PostMapping("/tables")
	ResponseEntity<StudyReports.TableView> addTable(@PathVariable UUID id, @RequestBody StudyReports.TableRequest table) {
		return ResponseEntity.status(HttpStatus.CREATED).body(reports.addTable(id, table));
	}

	@DeleteMapping("/tables/{tableId}")
	ResponseEntity<Void> removeTable(@PathVariable UUID id, @PathVariable UUID tableId) {
		reports.removeTable(id, tableId);
		return ResponseEntity.noContent().build();
	}

	/** Sets the minimum cell ({@code {"minimumCell": 11}}), for the privacy office. */
	@PutMapping("/minimum-cell")
	StudyReports.Definition minimumCell(@PathVariable UUID id, @RequestBody Map<String, @Nullable Integer> body) {
		return reports.setMinimumCell(id, body.get("minimumCell"));
	}

	@GetMapping
	StudyReports.StudyReport generate(@PathVariable UUID id) {
		return reports.generate(id);
	}

	@GetMapping("/report.csv")
	ResponseEntity<byte[]> csv(@PathVariable UUID id) {
		return Downloads.attachment("study-report.csv", "text/csv", StudyReports.document(reports.generate(id)).csv());
	}

	@GetMapping("/report.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable UUID id) {
		return Downloads.attachment("study-report.pdf", "application/pdf",
				StudyReports.document(reports.generate(id)).pdf());
	}
}
