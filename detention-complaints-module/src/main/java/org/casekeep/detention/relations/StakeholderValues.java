package org.casekeep.detention.relations;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.casekeep.kernel.validation.InputCheck;
import org.casekeep.kernel.values.AddressDraft;
import org.casekeep.kernel.values.EmailAddress;
import org.casekeep.kernel.values.PhoneNumber;
import org.casekeep.kernel.values.PostalAddress;
import org.jspecify.annotations.Nullable;

/** A stakeholder's values, checked: what {@link Stakeholder} takes. */
record StakeholderValues(StakeholderKind kind, String name, @Nullable UUID organizationId, @Nullable PostalAddress address,
		@Nullable String email, @Nullable PhoneNumber phone, SourceKind sourceKind, String sourceDetail,
		List<String> areasOfInterest) {

	/** What a user types for a stakeholder (API and page). */
	record Draft(@Nullable String kind, @Nullable String name, @Nullable UUID organizationId, @Nullable AddressDraft address,
			@Nullable String email, @Nullable String phone, @Nullable String sourceKind, @Nullable String sourceDetail,
			@Nullable List<String> areasOfInterest, @Nullable Long version) {
	}

	/**
	 * Checks a draft. Problems are collected in {@code check}; the caller throws them.
	 * <p>
	 * PIA 2.2: a public source is always recorded; one gathered from a website is its address (http or https).
	 *
	 * @param areas the codes of the areas of interest the office keeps (reference data).
	 * @return the values, or {@literal null} when something was rejected.
	 */
	static @Nullable StakeholderValues check(InputCheck check, Draft draft, Set<String> areas) {
		StakeholderKind kind = check.required("kind", draft.kind(), "Kind",
				raw -> constant(StakeholderKind.class, raw));
		String name = check.requiredText("name", draft.name(), "Name", 200);
		PostalAddress address = AddressDraft.parse(check, draft.address());
		String email = check.optional("email", draft.email(), raw -> EmailAddress.of(raw).value());
		PhoneNumber phone = check.optional("phone", draft.phone(), PhoneNumber::of);
		SourceKind sourceKind = check.required("sourceKind", draft.sourceKind(), "Source",
				raw -> constant(SourceKind.class, raw));
		String sourceDetail = check.requiredText("sourceDetail", draft.sourceDetail(), "Source detail", 500);
		if (sourceKind == SourceKind.PUBLIC_WEBSITE && sourceDetail != null && !isWebAddress(sourceDetail)) {
			check.reject("sourceDetail", "Enter the address of the website the information was gathered from, "
					+ "starting with https://");
		}
		List<String> interests = draft.areasOfInterest() == null ? List.of()
				: draft.areasOfInterest().stream().map(a -> a == null ? "" : a.strip().toUpperCase(Locale.ROOT))
					.distinct().sorted().toList();
		for (String area : interests) {
			if (!areas.contains(area)) {
				check.reject("areasOfInterest", "'" + area + "' is not an area of interest the office keeps");
			}
		}
		if (kind == StakeholderKind.ORGANIZATION && draft.organizationId() != null) {
			check.reject("organizationId", "An organization is not affiliated with another organization here");
		}
		if (check.hasProblems() || kind == null || name == null || sourceKind == null || sourceDetail == null) {
			return null;
		}
		return new StakeholderValues(kind, name, draft.organizationId(), address, email, phone, sourceKind, sourceDetail,
				interests);
	}

	/** The enum constant typed, case-insensitively; otherwise a message listing the values. */
	static <E extends Enum<E>> E constant(Class<E> type, String raw) {
		try {
			return Enum.valueOf(type, raw.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("'" + raw + "' must be one of " + java.util.Arrays.stream(type.getEnumConstants())
				.map(Enum::name).collect(java.util.stream.Collectors.joining(", ")), ex);
		}
	}

	private static boolean isWebAddress(String raw) {
		try {
			URI uri = URI.create(raw.strip());
			return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
					&& uri.getHost() != null && !uri.getHost().isBlank();
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}
}
