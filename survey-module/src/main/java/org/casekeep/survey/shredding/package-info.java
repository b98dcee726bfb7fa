/**
 * Crypto-shredding of a study's contact data when its final wave closes, certified through the kernel's retention
 * (Customer Research PIA overview "Wave Surveys", 1.4, 5.1).
 */
@org.jspecify.annotations.NullMarked
package org.casekeep.survey.shredding;
