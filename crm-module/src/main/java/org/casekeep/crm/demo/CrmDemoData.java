package org.casekeep.crm.demo;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.casekeep.crm.engagements.AttendeesDraft;
import org.casekeep.crm.engagements.EngagementDirectory;
import org.casekeep.crm.engagements.EngagementDraft;
import org.casekeep.crm.administration.AccessApprovals;
import org.casekeep.crm.individuals.IndividualDirectory;
import org.casekeep.crm.individuals.IndividualDraft;
import org.casekeep.crm.organizations.OrganizationDirectory;
import org.casekeep.crm.organizations.OrganizationDraft;
import org.casekeep.crm.stakeholder.CrmRoles;
import org.casekeep.kernel.access.Actor;
import org.casekeep.kernel.access.Actors;
import org.casekeep.kernel.values.AddressDraft;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Demo stakeholders and an event for the run command (profile {@code demo}), created through the same services as users'
 * records, so they are audited and tracked for retention like any other. Fictitious people; 555-01xx numbers.
 */
@Component
@Profile("demo")
class CrmDemoData implements ApplicationRunner {

	private static final Logger LOG = LoggerFactory.getLogger(CrmDemoData.class);

	private final IndividualDirectory individuals;
	private final OrganizationDirectory organizations;
	private final EngagementDirectory engagements;
	private final AccessApprovals approvals;

	CrmDemoData(IndividualDirectory individuals, OrganizationDirectory organizations,
			EngagementDirectory engagements, AccessApprovals approvals) {
		this.individuals = individuals;
		this.organizations = organizations;
		this.engagements = engagements;
		this.approvals = approvals;
	}

	@Override
	public void run(ApplicationArguments args) {
		Actor iceLiaison = new Actor("ice-liaison", "ICE", Set.of(CrmRoles.USER, CrmRoles.CONTACT_VIEWER));
		Actor psoOwner = new Actor("pso-owner", "PSO", Set.of(CrmRoles.USER, CrmRoles.CONTACT_VIEWER));
		// The demo realm's CRM users, approved as their office administrators would (PIA 8.1); every start, so a kept
		// database from before approvals existed gets them too (a decision taken since stands).
		approvals.preApprove(List.of(iceLiaison, psoOwner, new Actor("pso-analyst", "PSO", Set.of(CrmRoles.USER)),
				new Actor("pso-admin", "PSO", Set.of(CrmRoles.USER, CrmRoles.CONTACT_VIEWER, CrmRoles.ADMIN))));
		if (!individuals.isEmpty()) {
			return;
		}
		AddressDraft austin = new AddressDraft("100 Congress Ave", null, "Austin", "TX", "78701");
		AddressDraft albuquerque = new AddressDraft("200 Central Ave SW", null, "Albuquerque", "NM", "87102");
		Actors.runAs(iceLiaison, () -> {
			UUID council = organizations.create(new OrganizationDraft("Texas Border Business Council", austin,
					"(512) 555-0100", List.of("SECURE_BORDERS", "IMMIGRATION"),
					List.of("Southwest Border Task Force"), null)).id();
			UUID maria = individuals.create(new IndividualDraft("Ms.", "Maria", "Alvarez", "Executive Director", null,
					"Texas Border Business Council", "(512) 555-0101", "(512) 555-0199", "maria.alvarez@example.org",
					austin, List.of("IMMIGRATION", "SECURE_BORDERS"), List.of("writes op-eds for the Austin paper"),
					"Met at the El Paso conference; follow up on worksite guidance.", null)).id();
			// CRM PIA 1.1, item 3 (and the PIA's typical transaction): an event DHS spoke at, with who attended.
			UUID conference = engagements.create(new EngagementDraft("El Paso border trade conference",
					LocalDate.now(ZoneOffset.UTC).minusDays(30).toString(), null, "El Paso, TX",
					"Keynote by the ICE Assistant Secretary; questions on worksite enforcement.",
					List.of("IMMIGRATION", "SECURE_BORDERS"), null)).id();
			engagements.attend(conference, new AttendeesDraft(List.of(maria), List.of(council)));
			individuals.create(new IndividualDraft("Mr.", "James", "Okafor", "Port Director", null, "Gulf Ports Association",
					"(713) 555-0122", "(713) 555-0123", "j.okafor@example.com",
					new AddressDraft("1 Port Rd", null, "Houston", "TX", "77002"), List.of("SECURE_BORDERS"),
					List.of("uses social media regularly"), null, null));
		});
		Actors.runAs(psoOwner, () -> {
			organizations.create(new OrganizationDraft("Mountain West Chamber of Commerce", albuquerque, "(505) 555-0140",
					List.of("ONE_DHS", "DISASTER_RESPONSE"), List.of(), null));
			individuals.create(new IndividualDraft("Dr.", "Priya", "Raman", "Chief Technology Officer", null,
					"Mountain West Chamber of Commerce", "(505) 555-0141", "(505) 555-0142", "priya.raman@example.net",
					albuquerque, List.of("DISASTER_RESPONSE"), List.of("speaks at industry events"),
					"Asked for the worksite enforcement guidance in March.", null));
		});
		LOG.info("Demo stakeholders and event created");
	}
}
