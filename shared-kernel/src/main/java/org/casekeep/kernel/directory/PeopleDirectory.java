package org.casekeep.kernel.directory;

import java.util.List;
import java.util.Optional;

/**
 * The people who may sign in to Casekeep, as the identity provider knows them. The platform supplies the
 * implementation (Keycloak's admin API through a service account); a module test may supply a small one of its own.
 * Modules that find no implementation must treat the directory as unavailable.
 */
public interface PeopleDirectory {

	/**
	 * The enabled person with exactly this username, if there is one.
	 *
	 * @param username must not be {@literal null}; compared without regard to case.
	 * @throws DirectoryUnavailableException if the directory cannot be asked (the person is then unknown, not absent).
	 */
	Optional<DirectoryPerson> person(String username);

	/**
	 * Enabled people whose username, first or last name starts with {@code prefix}, at most {@code max}, for an
	 * "as you type" choice. Service accounts are never among them.
	 *
	 * @param prefix at least one character, must not be {@literal null}.
	 * @throws DirectoryUnavailableException if the directory cannot be asked.
	 */
	List<DirectoryPerson> search(String prefix, int max);
}
