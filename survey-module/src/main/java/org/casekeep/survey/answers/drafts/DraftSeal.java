package org.casekeep.survey.answers.drafts;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals a draft under a key only its invitation's token gives (PIA 3.4): AES-256-GCM under a key derived from the
 * token by HKDF-SHA256, bound to the invitation's id (in the derivation and as the associated data), so a draft
 * copied to another invitation does not open and a wrong token opens nothing. The token is never stored, only its
 * SHA-256, from which no key can be derived. The plain text is padded to a multiple of {@value #BLOCK} bytes, so the
 * size of a sealed draft says little about how much was written.
 */
final class DraftSeal {

	private static final byte[] SALT = "casekeep survey.answer_draft v1".getBytes(StandardCharsets.UTF_8);
	private static final int IV_BYTES = 12;
	private static final int TAG_BITS = 128;
	private static final int BLOCK = 1024;
	private static final SecureRandom RANDOM = new SecureRandom();

	private DraftSeal() {
	}

	static byte[] seal(UUID invitationId, String token, Map<String, List<String>> values) {
		try {
			byte[] iv = new byte[IV_BYTES];
			RANDOM.nextBytes(iv);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, key(invitationId, token), new GCMParameterSpec(TAG_BITS, iv));
			cipher.updateAAD(context(invitationId));
			byte[] sealed = cipher.doFinal(padded(encode(values)));
			return ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HKDF-SHA256 and AES-GCM are part of every JDK", ex);
		}
	}

	/** The values sealed, or nothing when the token is not the one they were sealed with. */
	static Optional<Map<String, List<String>>> open(UUID invitationId, String token, byte[] sealed) {
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, key(invitationId, token), new GCMParameterSpec(TAG_BITS, sealed, 0,
					IV_BYTES));
			cipher.updateAAD(context(invitationId));
			return Optional.of(decode(cipher.doFinal(sealed, IV_BYTES, sealed.length - IV_BYTES)));
		}
		catch (AEADBadTagException ex) {
			return Optional.empty();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HKDF-SHA256 and AES-GCM are part of every JDK", ex);
		}
	}

	/** HKDF-SHA256 (RFC 5869) of the token, salted, its info the invitation's id: one 32-byte block is all AES needs. */
	private static SecretKey key(UUID invitationId, String token) throws GeneralSecurityException {
		Mac extract = Mac.getInstance("HmacSHA256");
		extract.init(new SecretKeySpec(SALT, "HmacSHA256"));
		byte[] pseudorandom = extract.doFinal(token.getBytes(StandardCharsets.UTF_8));
		Mac expand = Mac.getInstance("HmacSHA256");
		expand.init(new SecretKeySpec(pseudorandom, "HmacSHA256"));
		expand.update(context(invitationId));
		expand.update((byte) 1);
		return new SecretKeySpec(expand.doFinal(), "AES");
	}

	private static byte[] context(UUID invitationId) {
		return ("survey.answer_draft:" + invitationId).getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] encode(Map<String, List<String>> values) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (DataOutputStream out = new DataOutputStream(bytes)) {
			out.writeInt(values.size());
			for (Map.Entry<String, List<String>> field : values.entrySet()) {
				out.writeUTF(field.getKey());
				out.writeInt(field.getValue().size());
				for (String value : field.getValue()) {
					out.writeUTF(value);
				}
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException("Writing to memory does not fail", ex);
		}
		return bytes.toByteArray();
	}

	private static Map<String, List<String>> decode(byte[] padded) {
		ByteBuffer buffer = ByteBuffer.wrap(padded);
		byte[] plain = new byte[buffer.getInt()];
		buffer.get(plain);
		try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(plain))) {
			int fields = in.readInt();
			Map<String, List<String>> values = new LinkedHashMap<>();
			for (int i = 0; i < fields; i++) {
				String field = in.readUTF();
				int count = in.readInt();
				List<String> given = new ArrayList<>(count);
				for (int j = 0; j < count; j++) {
					given.add(in.readUTF());
				}
				values.put(field, List.copyOf(given));
			}
			return values;
		}
		catch (IOException ex) {
			throw new IllegalStateException("A draft that opened is well formed", ex);
		}
	}

	private static byte[] padded(byte[] plain) {
		int length = Integer.BYTES + plain.length;
		int size = (length + BLOCK - 1) / BLOCK * BLOCK;
		return ByteBuffer.allocate(size).putInt(plain.length).put(plain).array();
	}
}
