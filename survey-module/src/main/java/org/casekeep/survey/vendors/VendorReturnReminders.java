package org.casekeep.survey.vendors;

import java.time.LocalDate;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.casekeep.kernel.notify.Notice;
import org.casekeep.kernel.notify.Notifier;
import org.casekeep.survey.studies.ResearchTime;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminds the study's researcher that the vendor must return or destroy the study's data (Customer Research PIA 5.2,
 * 6.5): once when the contract's date is {@value #DAYS_BEFORE} days away, and once when it has passed without the
 * vendor's certificate. Runs every morning on one instance at a time (ShedLock); the notifier's dedup key, which names
 * the contract and its date, keeps each reminder to once however often it runs, and a date moved later is reminded of
 * again. The notice names the date and links to the
 * study's vendor page, nothing more.
 */
@Component
public class VendorReturnReminders {

	/** How many days before the date the first reminder goes. */
	static final int DAYS_BEFORE = 14;

	static final String DUE_SOON = "A vendor's data is due for return or destruction";
	static final String OVERDUE = "A vendor's data is overdue for return or destruction";

	private final VendorContracts contracts;
	private final Notifier notifier;
	private final ResearchTime time;

	VendorReturnReminders(VendorContracts contracts, Notifier notifier, ResearchTime time) {
		this.contracts = contracts;
		this.notifier = notifier;
		this.time = time;
	}

	@Scheduled(cron = "${casekeep.research.vendor-reminder-cron:0 0 7 * * *}", zone = "UTC")
	@SchedulerLock(name = "research-vendor-return-reminders", lockAtMostFor = "PT10M", lockAtLeastFor = "PT10S")
	void daily() {
		sendDue();
	}

	/**
	 * Sends the reminders due today that were not sent before.
	 * @return how many notices were new.
	 */
	@Transactional
	public int sendDue() {
		LocalDate today = time.today();
		int sent = 0;
		for (VendorContract contract : contracts.awaitingReturnBy(today.plusDays(DAYS_BEFORE))) {
			boolean passed = contract.overdue(today);
			String link = VendorPages.path(contract.getStudyId());
			String key = "survey-vendor-return:" + contract.getId() + ":" + contract.getReturnBy()
					+ (passed ? ":passed" : ":due-soon");
			// Only the date: typed text (the vendor's name, the contract's number) could trip the notifier's SPII check.
			Notice notice = passed
					? Notice.toUser(contract.getStudyOwner(), OVERDUE, "The vendor of a study of yours had to return or "
							+ "destroy the study's data by " + contract.getReturnBy() + ", and no certificate is "
							+ "recorded. Obtain and record the vendor's certificate.", link, key)
					: Notice.toUser(contract.getStudyOwner(), DUE_SOON, "The vendor of a study of yours must return or "
							+ "destroy the study's data by " + contract.getReturnBy() + ". Record the vendor's "
							+ "certificate once it arrives.", link, key);
			if (notifier.notify(notice)) {
				sent++;
			}
		}
		return sent;
	}
}
