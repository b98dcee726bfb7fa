package org.casekeep.detention.inspections;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.casekeep.kernel.web.Option;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The reference data of inspections (PIA 2.1): the detention facilities and the facility standards findings are tied to
 * (ICE PBNDS 2011, NDS 2019, the Family Residential Standards, CBP's TEDS), seeded by changeset detention-020-facilities.
 */
@Component
public class ReferenceData {

	/** A facility standard. */
	public record Standard(String code, String family, String title) {

		public String label() {
			return code + " " + title;
		}
	}

	/** A facility. */
	public record Facility(String code, String name, String city, String state) {

		public String label() {
			return name + " (" + city + ", " + state + ")";
		}
	}

	private final JdbcClient jdbc;

	ReferenceData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Facility> facilities() {
		return jdbc.sql("select code, name, city, state from detention.facility order by name").query(Facility.class)
			.list();
	}

	public List<Standard> standards() {
		return jdbc.sql("select code, family, title from detention.facility_standard order by family, code")
			.query(Standard.class).list();
	}

	Map<String, Facility> facilitiesByCode() {
		return facilities().stream().collect(Collectors.toMap(Facility::code, Function.identity()));
	}

	Map<String, Standard> standardsByCode() {
		return standards().stream().collect(Collectors.toMap(Standard::code, Function.identity()));
	}

	List<Option> facilityOptions() {
		return facilities().stream().map(f -> new Option(f.code(), f.label())).toList();
	}

	List<Option> standardOptions() {
		return standards().stream().map(s -> new Option(s.code(), s.label())).toList();
	}
}
