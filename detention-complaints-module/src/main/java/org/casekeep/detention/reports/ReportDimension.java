package org.casekeep.detention.reports;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;

import org.casekeep.detention.complaint.Category;
import org.casekeep.detention.complaint.Channel;
import org.casekeep.detention.complaint.ComplaintStatus;
import org.casekeep.detention.complaint.ReferralAgency;
import org.jspecify.annotations.Nullable;

/**
 * What complaints may be counted by (PIA 2.1, overview "Reporting and Metrics"): each dimension names the value every
 * complaint has in it, as SQL over {@code detention.complaint c}, and how its values are shown and ordered. The
 * values are codes, never free text typed about a person, except the facility, which is the name of a place.
 */
public enum ReportDimension {

	/**
	 * The complaint categories of PIA 2.1. A complaint may name several: it is counted once in each, so a table by
	 * category counts mentions, not complaints.
	 */
	CATEGORY("Category", "cat.code"),
	/** The facility of the last stay in the detainee's detention history, as entered. */
	FACILITY("Facility", "coalesce(fac.facility, '" + ReportDimension.NONE + "')"),
	/**
	 * The office or agency a complaint was referred to (PIA overview footnote 3, 6.1). Complaints record no DHS
	 * component involved, so this is the component dimension there is.
	 */
	COMPONENT("Referred to", "coalesce(c.referred_to, '" + ReportDimension.NONE + "')"),
	STATUS("Status", "c.status"),
	/** The status in the groups the annual report publishes. */
	OUTCOME("Outcome", Outcome.sql()),
	/** The month the complaint was received. */
	MONTH("Month received", "to_char(c.received_on, 'YYYY-MM')"),
	CHANNEL("Channel", "c.channel");

	/** The value of a complaint that has none in the dimension (no category, facility or referral). */
	static final String NONE = "NONE";

	/** The facilities the annual report combines because each had fewer complaints than the minimum cell. */
	static final String OTHER_FACILITIES = "(other facilities)";

	private static final DateTimeFormatter MONTH_LABEL = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.US);

	/** The joins a dimension needs over {@code detention.complaint c}: categories unnested, the last facility. */
	static final String CATEGORY_JOIN = """
			cross join lateral unnest(case when cardinality(c.categories) = 0 then array['%s']
			                               else c.categories end) as cat(code)""".formatted(NONE);

	static final String FACILITY_JOIN = """
			left join lateral (select nullif(btrim(s.facility), '') as facility from detention.complaint_detention_stay s
			                   where s.complaint_id = c.id order by s.position desc limit 1) fac on true""";

	private final String title;

	private final String sql;

	ReportDimension(String title, String sql) {
		this.title = title;
		this.sql = sql;
	}

	/** The dimension's name in a table heading. */
	public String title() {
		return title;
	}

	String sql() {
		return sql;
	}

	/** The join this dimension needs, or empty. */
	String join() {
		return switch (this) {
			case CATEGORY -> CATEGORY_JOIN;
			case FACILITY -> FACILITY_JOIN;
			default -> "";
		};
	}

	/** How a value is shown: its label, never its code. */
	public String label(String code) {
		return switch (this) {
			case CATEGORY -> code.equals(NONE) ? "No category given" : Category.valueOf(code).label();
			case FACILITY -> code.equals(NONE) ? "Not recorded"
					: code.equals(OTHER_FACILITIES) ? "Other facilities (each below the minimum cell)" : code;
			case COMPONENT -> code.equals(NONE) ? "Not referred" : ReferralAgency.valueOf(code).label();
			case STATUS -> ComplaintStatus.valueOf(code).label();
			case OUTCOME -> Outcome.valueOf(code).label();
			case MONTH -> YearMonth.parse(code).format(MONTH_LABEL);
			case CHANNEL -> Channel.valueOf(code).label();
		};
	}

	/** Where a value stands among the others, then by its code: enums in their declared order, "none" last. */
	int rank(String code) {
		return switch (this) {
			case CATEGORY -> code.equals(NONE) ? Integer.MAX_VALUE : Category.valueOf(code).ordinal();
			case COMPONENT -> code.equals(NONE) ? -1 : ReferralAgency.valueOf(code).ordinal();
			case STATUS -> ComplaintStatus.valueOf(code).ordinal();
			case OUTCOME -> Outcome.valueOf(code).ordinal();
			case CHANNEL -> Channel.valueOf(code).ordinal();
			case FACILITY -> code.equals(NONE) ? 2 : code.equals(OTHER_FACILITIES) ? 1 : 0;
			case MONTH -> 0;
		};
	}

	Comparator<String> order() {
		return Comparator.comparingInt(this::rank).thenComparing(Comparator.naturalOrder());
	}

	/** The dimension named by its API name, case-insensitive, or {@code null}. */
	static @Nullable ReportDimension parse(String name) {
		return Arrays.stream(values()).filter(d -> d.name().equalsIgnoreCase(name.strip())).findFirst().orElse(null);
	}
}
