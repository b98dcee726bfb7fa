package org.casekeep.correspondence.office;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Lets the module's pages name the office's roles as {@link OfficeRoles} does,
 * {@code actor.hasRole(officeRoles.execSec)}, instead of writing them again.
 */
@ControllerAdvice(basePackages = "org.casekeep.correspondence")
class OfficeRolesModel {

	/** The role names as the pages read them. */
	record Names(String execSec, String actionOfficer) {
	}

	@ModelAttribute("officeRoles")
	Names officeRoles() {
		return new Names(OfficeRoles.EXEC_SEC, OfficeRoles.ACTION_OFFICER);
	}
}
