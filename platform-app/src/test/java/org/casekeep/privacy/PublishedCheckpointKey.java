package org.casekeep.privacy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * The checkpoint key as anyone checking a copy of the checkpoints would use it: the published PEM, read with the JDK
 * alone, verifying a stored line up to its {@code " signature="}.
 */
record PublishedCheckpointKey(PublicKey key) {

	private static final String SIGNATURE = " signature=";

	static PublishedCheckpointKey of(String pem) throws GeneralSecurityException {
		return new PublishedCheckpointKey(KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(
				Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", "")))));
	}

	boolean verifies(String line) throws GeneralSecurityException {
		int signedUpTo = line.lastIndexOf(SIGNATURE);
		Signature signature = Signature.getInstance("Ed25519");
		signature.initVerify(key);
		signature.update(line.substring(0, signedUpTo).getBytes(StandardCharsets.UTF_8));
		return signature.verify(Base64.getDecoder().decode(line.substring(signedUpTo + SIGNATURE.length())));
	}
}
