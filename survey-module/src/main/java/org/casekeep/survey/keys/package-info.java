/**
 * The data key of each study and the one place contact data is sealed and opened (Customer Research PIA overview
 * "Wave Surveys", 3.4): AES-GCM from the JDK, study keys wrapped by the master key, crypto-shredding by destroying a
 * study's key.
 */
@org.jspecify.annotations.NullMarked
package org.casekeep.survey.keys;
