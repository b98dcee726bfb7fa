/**
 * Who and what a record may be assigned to: the Department's components and their offices (reference data, the
 * kernel's tables {@code kernel.component} and {@code kernel.office}) and the people of the identity provider, looked
 * up through a {@link org.casekeep.kernel.directory.PeopleDirectory} that the platform supplies. Fail closed: when the
 * directory cannot be asked, a person cannot be checked, and callers must refuse rather than accept unchecked.
 */
@org.jspecify.annotations.NullMarked
package org.casekeep.kernel.directory;
