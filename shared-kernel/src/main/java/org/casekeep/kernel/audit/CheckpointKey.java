package org.casekeep.kernel.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The Ed25519 key pair that signs the audit checkpoints (JDK only), kept in the checkpoint directory: the private key
 * as PKCS#8 PEM in {@value #PRIVATE_KEY}, readable and writable by its owner only, and the public key as SPKI PEM in
 * {@value #PUBLIC_KEY}, which anyone may copy to check the checkpoints. The pair is generated on first use; a
 * private key that others than its owner may read is refused, as is a half pair, and a pair is never generated over
 * checkpoints that an earlier one signed. Callers hold the directory's lock ({@link AuditCheckpoints}).
 */
final class CheckpointKey {

	static final String PRIVATE_KEY = "signing-key.pem";
	static final String PUBLIC_KEY = "signing-key.pub.pem";
	private static final String ALGORITHM = "Ed25519";
	private static final Set<PosixFilePermission> OWNER_ONLY = EnumSet.of(PosixFilePermission.OWNER_READ,
			PosixFilePermission.OWNER_WRITE);

	private final Path directory;
	private @Nullable PrivateKey privateKey;
	private @Nullable PublicKey publicKey;

	CheckpointKey(Path directory) {
		this.directory = directory;
	}

	/**
	 * The private key, generated with its public key when the directory holds neither.
	 * @param checkpointsExist whether the directory already holds checkpoints, which a new key could not vouch for.
	 */
	synchronized PrivateKey signingKey(boolean checkpointsExist) {
		if (privateKey == null) {
			Path privateFile = directory.resolve(PRIVATE_KEY);
			Path publicFile = directory.resolve(PUBLIC_KEY);
			if (!Files.exists(privateFile) && !Files.exists(publicFile)) {
				if (checkpointsExist) {
					throw new IllegalStateException("The checkpoint signing key is missing from " + directory
							+ " although checkpoints are there: restore " + PRIVATE_KEY + " and " + PUBLIC_KEY
							+ " from a backup (a new key would not vouch for the checkpoints already written)");
				}
				generate(privateFile, publicFile);
			}
			if (!Files.exists(privateFile)) {
				throw new IllegalStateException(privateFile + " is missing but " + PUBLIC_KEY
						+ " is there: restore the private key from a backup");
			}
			refuseIfOthersMayRead(privateFile);
			privateKey = decode(privateFile, "PRIVATE KEY", der -> keys().generatePrivate(new PKCS8EncodedKeySpec(der)));
		}
		return privateKey;
	}

	/** The public key, or {@literal null} while none has been generated. */
	synchronized @Nullable PublicKey verifyingKey() {
		Path publicFile = directory.resolve(PUBLIC_KEY);
		if (publicKey == null && Files.exists(publicFile)) {
			publicKey = decode(publicFile, "PUBLIC KEY", der -> keys().generatePublic(new X509EncodedKeySpec(der)));
		}
		return publicKey;
	}

	/** The public key as published: SPKI in PEM, exactly as in {@value #PUBLIC_KEY}. */
	String publicKeyPem() {
		try {
			return Files.readString(directory.resolve(PUBLIC_KEY), StandardCharsets.US_ASCII);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read the checkpoint public key", ex);
		}
	}

	static String sign(PrivateKey key, String text) {
		try {
			Signature signature = Signature.getInstance(ALGORITHM);
			signature.initSign(key);
			signature.update(text.getBytes(StandardCharsets.UTF_8));
			return Base64.getEncoder().encodeToString(signature.sign());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Ed25519 is part of every JDK since 15", ex);
		}
	}

	static boolean verifies(PublicKey key, @Nullable String text, String signatureBase64) {
		if (text == null) {
			return false;
		}
		try {
			Signature signature = Signature.getInstance(ALGORITHM);
			signature.initVerify(key);
			signature.update(text.getBytes(StandardCharsets.UTF_8));
			return signature.verify(Base64.getDecoder().decode(signatureBase64));
		}
		catch (IllegalArgumentException | GeneralSecurityException ex) {
			return false;
		}
	}

	private static void generate(Path privateFile, Path publicFile) {
		KeyPair pair;
		try {
			pair = KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Ed25519 is part of every JDK since 15", ex);
		}
		try {
			// Created owner-only, so the private key is never readable by anyone else, not even for a moment.
			write(privateFile, pem("PRIVATE KEY", pair.getPrivate().getEncoded()), true);
			write(publicFile, pem("PUBLIC KEY", pair.getPublic().getEncoded()), false);
		}
		catch (FileAlreadyExistsException ex) {
			throw new IllegalStateException("Another process is generating the checkpoint key in " + ex.getFile(), ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not write the checkpoint key pair", ex);
		}
	}

	private static void write(Path file, String content, boolean ownerOnly) throws IOException {
		Set<StandardOpenOption> options = EnumSet.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
				StandardOpenOption.SYNC);
		try (var channel = ownerOnly && posix(file)
				? Files.newByteChannel(file, options, PosixFilePermissions.asFileAttribute(OWNER_ONLY))
				: Files.newByteChannel(file, options)) {
			channel.write(java.nio.ByteBuffer.wrap(content.getBytes(StandardCharsets.US_ASCII)));
		}
	}

	private static void refuseIfOthersMayRead(Path privateFile) {
		if (!posix(privateFile)) {
			return;
		}
		try {
			Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(privateFile);
			if (!OWNER_ONLY.containsAll(permissions)) {
				throw new IllegalStateException(privateFile + " may be read by others than its owner ("
						+ PosixFilePermissions.toString(permissions) + "): chmod 600 it");
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read the permissions of " + privateFile, ex);
		}
	}

	private static boolean posix(Path file) {
		return file.getFileSystem().supportedFileAttributeViews().contains("posix");
	}

	static String pem(String type, byte[] der) {
		String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
		return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
	}

	private static <K> K decode(Path file, String type, KeyDecoder<K> decoder) {
		try {
			String pem = Files.readString(file, StandardCharsets.US_ASCII).strip();
			String begin = "-----BEGIN " + type + "-----";
			String end = "-----END " + type + "-----";
			if (!pem.startsWith(begin) || !pem.endsWith(end)) {
				throw new IllegalStateException(file + " is not a PEM " + type);
			}
			byte[] der = Base64.getMimeDecoder().decode(pem.substring(begin.length(), pem.length() - end.length()));
			return decoder.decode(der);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read " + file, ex);
		}
		catch (GeneralSecurityException | IllegalArgumentException ex) {
			throw new IllegalStateException(file + " does not hold an Ed25519 " + type.toLowerCase(java.util.Locale.ROOT), ex);
		}
	}

	private static KeyFactory keys() throws GeneralSecurityException {
		return KeyFactory.getInstance(ALGORITHM);
	}

	@FunctionalInterface
	private interface KeyDecoder<K> {
		K decode(byte[] der) throws GeneralSecurityException;
	}
}
