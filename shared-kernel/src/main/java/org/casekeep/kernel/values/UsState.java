package org.casekeep.kernel.values;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The USPS codes of a mailing address: the 50 states, the District of Columbia, the five inhabited territories and the
 * three Armed Forces "states" of military mail (APO/FPO/DPO). The freely associated states (FM, MH, PW) are not
 * included.
 */
public enum UsState {

	AL("Alabama"), AK("Alaska"), AZ("Arizona"), AR("Arkansas"), CA("California"), CO("Colorado"), CT("Connecticut"),
	DE("Delaware"), FL("Florida"), GA("Georgia"), HI("Hawaii"), ID("Idaho"), IL("Illinois"), IN("Indiana"), IA("Iowa"),
	KS("Kansas"), KY("Kentucky"), LA("Louisiana"), ME("Maine"), MD("Maryland"), MA("Massachusetts"), MI("Michigan"),
	MN("Minnesota"), MS("Mississippi"), MO("Missouri"), MT("Montana"), NE("Nebraska"), NV("Nevada"),
	NH("New Hampshire"), NJ("New Jersey"), NM("New Mexico"), NY("New York"), NC("North Carolina"),
	ND("North Dakota"), OH("Ohio"), OK("Oklahoma"), OR("Oregon"), PA("Pennsylvania"), RI("Rhode Island"),
	SC("South Carolina"), SD("South Dakota"), TN("Tennessee"), TX("Texas"), UT("Utah"), VT("Vermont"),
	VA("Virginia"), WA("Washington"), WV("West Virginia"), WI("Wisconsin"), WY("Wyoming"),

	DC("District of Columbia", "Washington DC", "Washington D.C."),

	PR("Puerto Rico"), GU("Guam"), VI("U.S. Virgin Islands", "Virgin Islands", "United States Virgin Islands"),
	AS("American Samoa"), MP("Northern Mariana Islands", "Commonwealth of the Northern Mariana Islands"),

	AA("Armed Forces Americas"), AE("Armed Forces Europe"), AP("Armed Forces Pacific");

	private static final Pattern PUNCTUATION = Pattern.compile("[.,]");

	/** Codes, names and aliases, {@linkplain #key(String) as keys}. */
	private static final Map<String, UsState> BY_KEY = index();

	private final String fullName;

	private final String[] aliases;

	UsState(String fullName, String... aliases) {
		this.fullName = fullName;
		this.aliases = aliases;
	}

	/**
	 * @return the two-letter USPS code, e.g. {@code NY}.
	 */
	public String code() {
		return name();
	}

	/**
	 * @return the full name, e.g. {@code New York}.
	 */
	public String fullName() {
		return fullName;
	}

	/**
	 * @return whether this is a territory rather than a state or the District of Columbia.
	 */
	public boolean isTerritory() {
		return this == PR || this == GU || this == VI || this == AS || this == MP;
	}

	/**
	 * @return whether this is one of the Armed Forces codes of military mail.
	 */
	public boolean isMilitary() {
		return this == AA || this == AE || this == AP;
	}

	/**
	 * Finds a state by its USPS code or its name, ignoring case, extra white space, periods and commas
	 * ({@code ny}, {@code New  York}, {@code Washington, D.C.}).
	 *
	 * @param raw the code or name as typed, may be {@literal null} or blank (which is rejected as missing).
	 * @throws InvalidValueException if {@code raw} is missing or names no state; the exception names no field.
	 */
	public static UsState of(@Nullable String raw) {
		String typed = Texts.required(raw, null, "State");
		UsState state = BY_KEY.get(key(typed));
		if (state == null) {
			throw new InvalidValueException("State " + InvalidValueException.quoted(typed)
					+ " is not a U.S. state, territory or military state code");
		}
		return state;
	}

	/**
	 * @return whether {@code raw} is a code or name {@link #of(String)} accepts; never throws.
	 */
	public static boolean isValid(@Nullable String raw) {
		String typed = Texts.squish(raw);
		return typed != null && BY_KEY.containsKey(key(typed));
	}

	private static Map<String, UsState> index() {
		Map<String, UsState> index = new HashMap<>();
		for (UsState state : values()) {
			index.put(key(state.name()), state);
			index.put(key(state.fullName), state);
			for (String alias : state.aliases) {
				index.put(key(alias), state);
			}
		}
		return Map.copyOf(index);
	}

	/** The lookup key of a code or name: lower case, without periods and commas, white space collapsed. */
	private static String key(String name) {
		String squished = Texts.squish(PUNCTUATION.matcher(name).replaceAll(" "));
		return squished == null ? "" : squished.toLowerCase(Locale.ROOT);
	}
}
