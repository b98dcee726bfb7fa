package org.casekeep.correspondence.formletters;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** The form-letter libraries of all offices. */
interface FormLetters extends JpaRepository<FormLetter, UUID> {

	List<FormLetter> findByComponentInOrderByComponentAscNameAsc(java.util.Collection<String> components);

	List<FormLetter> findAllByOrderByComponentAscNameAsc();

	boolean existsByComponentAndNameIgnoreCase(String component, String name);
}
