package org.casekeep.detention.inspections;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * The investigation and inspection files (schema {@code detention}). The list queries leave out, in the database,
 * every unannounced inspection not visited yet whose team the viewer is not on, unless the viewer sees all: such a
 * file appears in no list and no count of anyone else (PIA 1.1, 8.1).
 */
interface InspectionFiles extends JpaRepository<InspectionFile, UUID> {

	String KNOWN = """
			(:everything = true or f.inspectionType <> org.casekeep.detention.inspections.InspectionFile.InspectionType.UNANNOUNCED
			 or f.inspectionDate is not null or :username member of f.team)""";

	@Query("select f from InspectionFile f where " + KNOWN + " order by f.createdAt desc, f.fileNumber desc")
	List<InspectionFile> known(String username, boolean everything, Pageable page);

	@Query("select count(f) from InspectionFile f where " + KNOWN)
	long countKnown(String username, boolean everything);

	/** OIDO's own open files for the same facility whose planned window overlaps the given one. */
	@Query("""
			select f from InspectionFile f where f.facilityCode = :facility and f.id <> :except
			and f.status <> org.casekeep.detention.inspections.InspectionFile.Status.CLOSED
			and f.plannedFrom <= :to and f.plannedTo >= :from order by f.plannedFrom""")
	List<InspectionFile> overlapping(String facility, LocalDate from, LocalDate to, UUID except);
}
