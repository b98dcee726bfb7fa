/**
 * A study's third-party vendor (Customer Research PIA overview "Third Party Vendor Survey Tools", 5.2, 6.2-6.5): the
 * contract with what the vendor receives and the date by which it must return or destroy it, closed by the vendor's
 * certificate, overdue contracts shown to the study team and the component privacy office with reminders before and
 * on the date; and participants' contact data shared with the vendor, accounted for in the kernel's accounting of
 * disclosures under Routine Use F of DHS/ALL-002 and handed over as a formula-neutralised CSV file.
 */
@org.jspecify.annotations.NullMarked
package org.casekeep.survey.vendors;
