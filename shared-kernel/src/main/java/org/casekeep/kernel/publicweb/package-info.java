/**
 * What every page that faces the internet without sign-in needs (the ombudsman's complaint portal, survey answers,
 * research sign-up), under {@code /public/**}: English and Spanish ({@link org.casekeep.kernel.publicweb.PublicWeb}),
 * rate limits per client address ({@link org.casekeep.kernel.publicweb.PublicRateLimits}), a bot trap that needs no
 * outside service ({@link org.casekeep.kernel.publicweb.FormStamps}), and receipt codes kept only as a slow salted
 * hash ({@link org.casekeep.kernel.publicweb.ReceiptCodes}) so a person can follow up without an account. Nothing
 * personal ever travels in a URL of these pages.
 */
@org.jspecify.annotations.NullMarked
package org.casekeep.kernel.publicweb;
