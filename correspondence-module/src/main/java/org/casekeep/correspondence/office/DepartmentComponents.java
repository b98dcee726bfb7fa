package org.casekeep.correspondence.office;

import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Which components "the whole Department" is when a tasker is assigned Department-wide (ESTT
 * "Department-wide taskers"; PIA "Receipt &amp; Assignment": "a tasker may be assigned to the entire Department").
 * <p>
 * The rule: every component of the kernel's reference table {@code kernel.component}, except
 * <ul>
 * <li>the assigning component itself: it compiles the answers and does not answer its own tasker;</li>
 * <li>the offices that never answer taskers: {@code ESEC}, the Executive Secretariat, which routes and compiles them
 * for the Department, and {@code OCIO}, an administrative support office ({@link #NEVER_TASKED}).</li>
 * </ul>
 * A component added to the reference table is part of the Department from then on without a change here. Each
 * component gets an ordinary whole-component assignment, answered by its action officers like any other.
 */
@Component
public class DepartmentComponents {

	/** Administrative offices that never answer taskers; never part of a Department-wide assignment. */
	static final Set<String> NEVER_TASKED = Set.of(OfficeRoles.EXECUTIVE_SECRETARIAT, "OCIO");

	private final JdbcTemplate jdbc;

	DepartmentComponents(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The components a Department-wide tasker of the given assigning component goes to, by code.
	 *
	 * @param assigningComponent must not be {@literal null}.
	 */
	public List<String> answeringFor(String assigningComponent) {
		return jdbc.queryForList("select code from kernel.component order by code", String.class).stream()
			.filter(code -> !NEVER_TASKED.contains(code) && !code.equals(assigningComponent))
			.toList();
	}
}
