package org.casekeep.correspondence;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.casekeep.correspondence.office.OfficeRoles;
import org.casekeep.kernel.directory.DirectoryPerson;
import org.casekeep.kernel.directory.DirectoryUnavailableException;
import org.casekeep.kernel.directory.PeopleDirectory;
import org.springframework.stereotype.Component;

/**
 * The module tests' directory of people: the {@link OfficeUsers} and a few named experts, kept in memory. The
 * platform's end-to-end tests ask the real Keycloak instead. {@link #unreachable} makes it fail as an unreachable
 * directory would.
 */
@Component
public class OfficeDirectory implements PeopleDirectory {

	private static final Map<String, DirectoryPerson> PEOPLE = Stream.concat(
			Stream.of(OfficeUsers.values()).map(u -> new DirectoryPerson(u.username(), u.username(),
					u.actor().component(), u.actor().roles())),
			Stream.of(new DirectoryPerson("plcy-expert", "Pat Expert", "PLCY", Set.of(OfficeRoles.ACTION_OFFICER)),
					new DirectoryPerson("plcy-other", "Pam Other", "PLCY", Set.of(OfficeRoles.ACTION_OFFICER))))
		.collect(Collectors.toMap(DirectoryPerson::username, Function.identity()));

	private volatile boolean unreachable;

	/** From now on (until {@code false}) every question fails as if Keycloak could not be reached. */
	public void unreachable(boolean unreachable) {
		this.unreachable = unreachable;
	}

	@Override
	public Optional<DirectoryPerson> person(String username) {
		reachable();
		return Optional.ofNullable(PEOPLE.get(username.toLowerCase(Locale.ROOT)));
	}

	@Override
	public List<DirectoryPerson> search(String prefix, int max) {
		reachable();
		String lower = prefix.toLowerCase(Locale.ROOT);
		return PEOPLE.values().stream().filter(p -> p.username().startsWith(lower)).sorted(
				java.util.Comparator.comparing(DirectoryPerson::username)).limit(max).toList();
	}

	private void reachable() {
		if (unreachable) {
			throw new DirectoryUnavailableException("The directory of users cannot be reached right now");
		}
	}
}
