package org.casekeep.kernel.directory;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The Department's components and the offices within them, from the kernel's reference data ({@code kernel.component},
 * {@code kernel.office}), editable there without a change of code.
 */
@Component
public class DepartmentUnits {

	/**
	 * A component or an office of one.
	 *
	 * @param component the component's code.
	 * @param office the office's name, {@literal null} for the component itself.
	 * @param name the component's or office's name for people.
	 */
	public record Unit(String component, @org.jspecify.annotations.Nullable String office, String name) {
	}

	private final JdbcTemplate jdbc;

	DepartmentUnits(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Whether a component of this code exists (upper-case code). */
	public boolean isComponent(String code) {
		return !jdbc.queryForList("select code from kernel.component where code = ?", String.class, code).isEmpty();
	}

	/** The office of this component with this name, spelled as the reference data spells it; case is ignored. */
	public Optional<String> office(String component, String name) {
		return jdbc.queryForList("select name from kernel.office where component = ? and lower(name) = lower(?)",
				String.class, component, name.strip()).stream().findFirst();
	}

	/** The components and offices whose code or name contains {@code text} (any case), components first, at most {@code max}. */
	public List<Unit> search(String text, int max) {
		String like = "%" + text.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
			.replace("_", "\\_") + "%";
		return jdbc.query("""
				select code as component, null as office, name from kernel.component
				where lower(code) like ? or lower(name) like ?
				union all
				select o.component, o.name, o.name from kernel.office o
				where lower(o.component || '/' || o.name) like ?
				order by 1, 2 nulls first
				limit ?""", (rs, i) -> new Unit(rs.getString(1), rs.getString(2), rs.getString(3)), like, like, like,
				max);
	}
}
