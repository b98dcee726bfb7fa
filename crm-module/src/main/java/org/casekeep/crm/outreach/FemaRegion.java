package org.casekeep.crm.outreach;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.casekeep.kernel.values.UsState;

import static org.casekeep.kernel.values.UsState.*;

/**
 * FEMA's ten regions, the map the Homeland Security Advisory Council asked DHS to organize its outreach by, with the
 * states and territories each serves and its regional office. The Armed Forces mail codes belong to no region.
 */
public enum FemaRegion {

	I(1, "Boston", CT, ME, MA, NH, RI, VT),
	II(2, "New York", NJ, NY, PR, UsState.VI),
	III(3, "Philadelphia", DE, DC, MD, PA, VA, WV),
	IV(4, "Atlanta", AL, FL, GA, KY, MS, NC, SC, TN),
	V(5, "Chicago", IL, IN, MI, MN, OH, WI),
	VI(6, "Denton", AR, LA, NM, OK, TX),
	VII(7, "Kansas City", IA, KS, MO, NE),
	VIII(8, "Denver", CO, MT, ND, SD, UT, WY),
	IX(9, "Oakland", AZ, CA, HI, NV, GU, AS, MP),
	X(10, "Bothell", AK, ID, OR, WA);

	private final int number;

	private final String office;

	private final Set<UsState> states;

	FemaRegion(int number, String office, UsState first, UsState... rest) {
		this.number = number;
		this.office = office;
		this.states = EnumSet.of(first, rest);
	}

	/** 1 to 10. */
	public int number() {
		return number;
	}

	/** As FEMA writes it, e.g. {@code Region VI}. */
	public String label() {
		return "Region " + name();
	}

	/** The city of the regional office. */
	public String office() {
		return office;
	}

	/** The states and territories of the region, in the order of {@link UsState}. */
	public Set<UsState> states() {
		return Set.copyOf(states);
	}

	/** The region serving the state; empty for the Armed Forces mail codes. */
	public static Optional<FemaRegion> of(UsState state) {
		return Arrays.stream(values()).filter(region -> region.states.contains(state)).findFirst();
	}

	/** The region of this name ({@code VI}) or number ({@code 6}), ignoring case; empty for anything else. */
	public static Optional<FemaRegion> parse(String raw) {
		String typed = raw.strip();
		return Arrays.stream(values())
			.filter(region -> region.name().equalsIgnoreCase(typed) || String.valueOf(region.number).equals(typed))
			.findFirst();
	}
}
