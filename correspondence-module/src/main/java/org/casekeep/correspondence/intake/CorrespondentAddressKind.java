package org.casekeep.correspondence.intake;

/** Which of the correspondent's addresses the record holds (PIA 2.1: mailing, work or home address). */
enum CorrespondentAddressKind {
	MAILING, WORK, HOME
}
