package org.casekeep.kernel.db;

import java.util.UUID;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Transient;

import org.springframework.data.domain.Persistable;

/**
 * The base of an entity whose id is assigned in its constructor. Spring Data cannot tell such an entity is new from
 * its id, so {@code save} would merge it: one SELECT by id before every INSERT. This base says the entity is new until
 * it has been stored or loaded, so {@code save} inserts at once.
 */
@MappedSuperclass
public abstract class AssignedIdEntity implements Persistable<UUID> {

	@Transient
	private boolean stored;

	@Override
	public boolean isNew() {
		return !stored;
	}

	@PostPersist
	@PostLoad
	void markStored() {
		this.stored = true;
	}
}
