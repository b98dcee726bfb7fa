package org.casekeep.survey.keys;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.UUID;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import org.casekeep.survey.studies.ResearchTime;

/**
 * Seals participants' contact details under a data key of their study, AES-256-GCM from the JDK (PIA overview "Wave
 * Surveys", 3.4). Each study's key is random and stored only wrapped by the master key
 * {@code casekeep.research.master-key} (base 64, 32 bytes); without one a random master key is made at start, fit for
 * tests and the demo only, since contact data sealed before a restart can then no longer be read. Every value is
 * bound to its record and field (the GCM associated data), so a sealed value copied to another row or column
 * does not open. {@link #destroy} deletes the study's key: what was sealed under it can never be read again.
 */
@Component
public class ContactVault {

	/** The sealed contact of a study whose key was destroyed, or that never had one. */
	public static class KeyDestroyedException extends org.casekeep.kernel.validation.WorkflowConflictException {

		public KeyDestroyedException() {
			super("The study's contact data was destroyed when its final wave closed");
		}
	}

	/** The record type of a study's contact data for retention, by the study's id (PIA overview "Wave Surveys"). */
	public static final String CONTACTS_RECORD_TYPE = "survey.study_contacts";

	private static final Logger log = LoggerFactory.getLogger(ContactVault.class);
	private static final int IV_BYTES = 12;
	private static final int TAG_BITS = 128;

	private final SecretKey master;
	private final StudyKeys keys;
	private final ResearchTime time;
	private final SecureRandom random = new SecureRandom();

	ContactVault(@Value("${casekeep.research.master-key:}") String configured, StudyKeys keys, ResearchTime time) {
		byte[] bytes;
		if (configured.isBlank()) {
			bytes = new byte[32];
			random.nextBytes(bytes);
			log.warn("casekeep.research.master-key is not set: a random master key is used; research contact data "
					+ "will not be readable after a restart (tests and demo only)");
		}
		else {
			bytes = Base64.getDecoder().decode(configured.strip());
		}
		if (bytes.length != 32) {
			throw new IllegalStateException("casekeep.research.master-key must be 32 bytes, base 64 encoded");
		}
		this.master = new SecretKeySpec(bytes, "AES");
		this.keys = keys;
		this.time = time;
	}

	/**
	 * The study's sealer, its key made on first use.
	 * @throws KeyDestroyedException once the study's final wave closed: its key was destroyed then, and a new one
	 * would let personal data be kept again after the study promised to forget it.
	 */
	public Sealer forStudy(UUID studyId) {
		StudyKey key = keys.findById(studyId).orElseGet(() -> {
			if (keys.finalWaveClosed(studyId)) {
				throw new KeyDestroyedException();
			}
			byte[] fresh = new byte[32];
			random.nextBytes(fresh);
			return keys.saveAndFlush(new StudyKey(studyId, encrypt(master, fresh, wrapContext(studyId)), time.now()));
		});
		return new Sealer(new SecretKeySpec(decrypt(master, key.getWrapped(), wrapContext(studyId)), "AES"));
	}

	/**
	 * The study's sealer for reading.
	 * @throws KeyDestroyedException if its key was destroyed.
	 */
	public Sealer existing(UUID studyId) {
		StudyKey key = keys.findById(studyId).orElseThrow(KeyDestroyedException::new);
		return new Sealer(new SecretKeySpec(decrypt(master, key.getWrapped(), wrapContext(studyId)), "AES"));
	}

	/**
	 * A fresh random data key for one large value of a study (a session's recording), to be kept only sealed under
	 * the study's key ({@link Sealer#sealBytes}) and opened with {@link #underDataKey}; destroying that sealed key
	 * crypto-shreds the value alone (PIA "Audio and Video Recordings": purged once its business need is met).
	 */
	public byte[] newDataKey() {
		byte[] fresh = new byte[32];
		random.nextBytes(fresh);
		return fresh;
	}

	/** A sealer under a data key made by {@link #newDataKey}. */
	public Sealer underDataKey(byte[] dataKey) {
		if (dataKey.length != 32) {
			throw new IllegalArgumentException("A data key is 32 bytes");
		}
		return new Sealer(new SecretKeySpec(dataKey, "AES"));
	}

	/** Whether the study still has its key. */
	public boolean hasKey(UUID studyId) {
		return keys.existsById(studyId);
	}

	/** Destroys the study's key: its contact data is unreadable from now on (crypto-shredding). */
	public void destroy(UUID studyId) {
		keys.findById(studyId).ifPresent(keys::delete);
		keys.flush();
	}

	/** Seals and opens the values of one study, each bound to its record and field. */
	public final class Sealer {

		private final SecretKey key;

		private Sealer(SecretKey key) {
			this.key = key;
		}

		public byte @Nullable [] seal(UUID recordId, String field, @Nullable String value) {
			return value == null ? null : encrypt(key, value.getBytes(StandardCharsets.UTF_8), context(recordId, field));
		}

		public @Nullable String open(UUID recordId, String field, byte @Nullable [] sealed) {
			return sealed == null ? null
					: new String(decrypt(key, sealed, context(recordId, field)), StandardCharsets.UTF_8);
		}

		/** Seals bytes (a recording, a data key), bound to their record and field like a text. */
		public byte[] sealBytes(UUID recordId, String field, byte[] value) {
			return encrypt(key, value, context(recordId, field));
		}

		/** Opens what {@link #sealBytes} sealed. */
		public byte[] openBytes(UUID recordId, String field, byte[] sealed) {
			return decrypt(key, sealed, context(recordId, field));
		}
	}

	private static byte[] wrapContext(UUID studyId) {
		return ("survey.study_key:" + studyId).getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] context(UUID recordId, String field) {
		return ("survey.sealed:" + recordId + ":" + field).getBytes(StandardCharsets.UTF_8);
	}

	private byte[] encrypt(SecretKey key, byte[] plain, byte[] context) {
		try {
			byte[] iv = new byte[IV_BYTES];
			random.nextBytes(iv);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
			cipher.updateAAD(context);
			byte[] sealed = cipher.doFinal(plain);
			return ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES-GCM is part of every JDK", ex);
		}
	}

	private static byte[] decrypt(SecretKey key, byte[] sealed, byte[] context) {
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, IV_BYTES));
			cipher.updateAAD(context);
			return cipher.doFinal(sealed, IV_BYTES, sealed.length - IV_BYTES);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("A sealed value does not open under its study's key", ex);
		}
	}
}
