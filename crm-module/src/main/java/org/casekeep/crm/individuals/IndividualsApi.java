package org.casekeep.crm.individuals;

import java.util.ArrayList;
import java.util.List;

import org.casekeep.crm.stakeholder.IssueCatalog;
import org.casekeep.crm.stakeholder.StakeholderApi;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The CRM's individuals over HTTP (bearer token), and their export for CRM administrators. Errors are RFC 9457
 * problem documents.
 */
@RestController
@RequestMapping(IndividualsApi.PATH)
class IndividualsApi extends StakeholderApi<IndividualDraft, IndividualView, IndividualSummary> {

	static final String PATH = "/api/crm/individuals";

	private final IndividualDirectory directory;

	IndividualsApi(IndividualDirectory directory, IssueCatalog issues) {
		super(directory, PATH, issues);
		this.directory = directory;
	}

	/** CSV of every individual, for CRM administrators; masked and audited by the kernel like any other output. */
	@GetMapping(value = "/export", produces = "text/csv")
	ResponseEntity<String> export() {
		StringBuilder csv = new StringBuilder(
				"id,salutation,firstName,lastName,title,organizationName,workPhone,cellPhone,email,street1,street2,city,state,zip,issues,interests,owningComponent,ownerUsername\r\n");
		for (IndividualView v : directory.export()) {
			List<String> row = new ArrayList<>(Csv.cells(v.id(), v.salutation(), v.firstName(), v.lastName(),
					v.title(), v.organizationName(), v.workPhone(), v.cellPhone(), v.email()));
			row.addAll(Csv.addressCells(v.address()));
			row.add(Csv.listCell(v.issues()));
			row.add(Csv.listCell(v.interests()));
			row.addAll(Csv.cells(v.owningComponent(), v.ownerUsername()));
			csv.append(String.join(",", row)).append("\r\n");
		}
		return ResponseEntity.ok()
			.header("Content-Disposition", "attachment; filename=\"crm-individuals.csv\"")
			.body(csv.toString());
	}
}
