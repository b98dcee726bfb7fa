package org.casekeep.survey.vendors;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** The certificate documents of the vendor contracts, by contract. */
interface VendorCertificates extends JpaRepository<VendorCertificate, UUID> {
}
