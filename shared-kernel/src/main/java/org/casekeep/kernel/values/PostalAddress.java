package org.casekeep.kernel.values;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.casekeep.kernel.pii.PersonalData;
import org.casekeep.kernel.pii.PiiCategory;
import org.casekeep.kernel.pii.Sensitivity;
import org.jspecify.annotations.Nullable;

/**
 * A U.S. mailing address (including territories and military APO/FPO/DPO addresses). Text parts are trimmed and have
 * their white space collapsed; a blank second street line becomes {@literal null}; street lines and city hold at most
 * {@value #MAX_LENGTH} characters. The ZIP code is five digits or ZIP+4, normalized to {@code 12345} or
 * {@code 12345-6789} (nine digits typed together, or with a space, are accepted).
 * <p>
 * Errors name the part: {@link InvalidValueException#field()} is {@code street1}, {@code street2}, {@code city},
 * {@code state} or {@code zip}.
 * <p>
 * Stored as a JPA embeddable in the columns {@code street1}, {@code street2}, {@code city}, {@code state} (the USPS
 * code) and {@code zip} of the record holding it; an address whose columns are all empty reads as {@literal null}.
 * Its personal-data declaration is written here once, for every record that holds one; a holder's field may refine
 * it (see {@link PersonalData}).
 *
 * @param street1 the first street line, required.
 * @param street2 the second street line (apartment, suite, c/o), {@literal null} if none.
 * @param city the city, or {@code APO}/{@code FPO}/{@code DPO} for military mail, required.
 * @param state the state, required.
 * @param zip the normalized ZIP code, required.
 */
@Embeddable
@PersonalData(category = PiiCategory.CONTACT, sensitivity = Sensitivity.LOW, description = "U.S. mailing address")
public record PostalAddress(String street1, @Nullable String street2, String city,
		@Enumerated(EnumType.STRING) UsState state, String zip) {

	/** The most characters a street line or the city may hold. */
	public static final int MAX_LENGTH = 100;

	private static final Pattern ZIP = Pattern.compile("(\\d{5})(?:[- ]?(\\d{4}))?");

	/**
	 * @throws InvalidValueException naming the offending part if a required part is missing or a part is malformed.
	 */
	public PostalAddress {
		street1 = Texts.atMost(Texts.required(street1, "street1", "Street address"), MAX_LENGTH, "street1",
				"Street address");
		String secondLine = Texts.squish(street2);
		street2 = secondLine == null ? null : Texts.atMost(secondLine, MAX_LENGTH, "street2", "Second address line");
		city = Texts.atMost(Texts.required(city, "city", "City"), MAX_LENGTH, "city", "City");
		if (state == null) {
			throw new InvalidValueException("state", "State is required");
		}
		zip = normalizeZip(zip);
	}

	/**
	 * Builds an address from form input.
	 *
	 * @param state the USPS code or name of the state, as {@link UsState#of(String)} accepts it.
	 * @throws InvalidValueException naming the offending part if the address is not acceptable.
	 */
	public static PostalAddress of(@Nullable String street1, @Nullable String street2, @Nullable String city,
			@Nullable String state, @Nullable String zip) {
		String firstLine = Texts.required(street1, "street1", "Street address");
		String town = Texts.required(city, "city", "City");
		UsState usState;
		try {
			usState = UsState.of(state);
		}
		catch (InvalidValueException ex) {
			throw ex.forField("state");
		}
		return new PostalAddress(firstLine, street2, town, usState, Texts.required(zip, "zip", "ZIP code"));
	}

	/**
	 * @return whether {@code raw} is a five-digit or ZIP+4 code; never throws.
	 */
	public static boolean isValidZip(@Nullable String raw) {
		return raw != null && ZIP.matcher(raw.strip()).matches();
	}

	/**
	 * @return the five-digit ZIP code without the +4 part.
	 */
	public String zip5() {
		return zip.substring(0, 5);
	}

	/**
	 * @return the lines of the address as printed on an envelope, e.g. {@code [1600 Main St, Apt 2, Springfield, IL
	 *         62701]}.
	 */
	public List<String> lines() {
		List<String> lines = new ArrayList<>(3);
		lines.add(street1);
		if (street2 != null) {
			lines.add(street2);
		}
		lines.add(city + ", " + state.code() + " " + zip);
		return List.copyOf(lines);
	}

	private static String normalizeZip(@Nullable String raw) {
		String typed = Texts.required(raw, "zip", "ZIP code");
		Matcher zip = ZIP.matcher(typed);
		if (!zip.matches()) {
			throw new InvalidValueException("zip", "ZIP code " + InvalidValueException.quoted(typed)
					+ " must be 5 digits or ZIP+4 (12345-6789)");
		}
		return zip.group(2) == null ? zip.group(1) : zip.group(1) + "-" + zip.group(2);
	}
}
