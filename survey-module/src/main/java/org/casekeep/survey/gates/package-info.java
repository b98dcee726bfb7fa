/**
 * The one answer to "what still blocks this study" ({@link org.casekeep.survey.gates.StudyGates}), which every
 * collection action asks first and is refused by while any gate is open (PIA overview "Oversight of Information
 * Collections", 1.5, 2.5, 4.1); opening collection (a wave) as the first such action; and the study pages, which show
 * the gates as a checklist.
 */
@org.jspecify.annotations.NullMarked
package org.casekeep.survey.gates;
