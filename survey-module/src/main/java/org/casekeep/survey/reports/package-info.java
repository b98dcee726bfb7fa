/**
 * Reports of a study (PIA overview "Analysis and Outputs", 3.2): aggregate tables of its closed and demographic
 * questions, by wave where asked, every table of the study protected together by the kernel's disclosure control
 * under the minimum cell its privacy office set, exported as CSV and PDF. No individual answer leaves here.
 */
@org.jspecify.annotations.NullMarked
package org.casekeep.survey.reports;
