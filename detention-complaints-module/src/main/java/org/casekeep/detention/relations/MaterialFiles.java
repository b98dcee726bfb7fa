package org.casekeep.detention.relations;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.casekeep.detention.complaint.OidoRoles;
import org.casekeep.detention.relations.RelationsViews.MaterialContent;
import org.casekeep.detention.relations.RelationsViews.MaterialView;
import org.casekeep.kernel.access.Actors;
import org.casekeep.kernel.access.Operation;
import org.casekeep.kernel.access.RecordFacts;
import org.casekeep.kernel.access.RecordNotFoundException;
import org.casekeep.kernel.audit.AuditAction;
import org.casekeep.kernel.audit.AuditEvent;
import org.casekeep.kernel.audit.AuditTrail;
import org.casekeep.kernel.files.UploadCheck;
import org.casekeep.kernel.pii.PersonalDataGuard;
import org.casekeep.kernel.validation.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Materials used or distributed at an engagement (PIA 2.1): who may add one is checked before its bytes are looked at;
 * its type is judged from its content and its text read through the kernel's upload check (outside any transaction, as
 * it requires); then, in one transaction, the engagement is checked again and the file stored and audited. Nothing is
 * stored for a refused file.
 */
@Service
class MaterialFiles {

	private final EngagementLog log;
	private final EngagementMaterials materials;
	private final UploadCheck uploads;
	private final PersonalDataGuard guard;
	private final AuditTrail audit;
	private final TransactionTemplate tx;

	MaterialFiles(EngagementLog log, EngagementMaterials materials, UploadCheck uploads, PersonalDataGuard guard,
			AuditTrail audit, PlatformTransactionManager transactions) {
		this.log = log;
		this.materials = materials;
		this.uploads = uploads;
		this.guard = guard;
		this.audit = audit;
		this.tx = new TransactionTemplate(transactions);
	}

	/**
	 * Adds a material (a PDF, an image or a Word document, as {@link UploadCheck#LETTERS} accepts). Must not be called
	 * inside a transaction.
	 * @throws InvalidInputException naming {@code file} when none was chosen.
	 * @throws org.casekeep.kernel.files.UploadRefusedException for a file too large (413), of a type not accepted (415)
	 * or hostile (422).
	 */
	public MaterialView add(UUID engagementId, @Nullable String fileName, byte[] content) {
		tx.executeWithoutResult(status -> log.facts(engagementId, Operation.UPDATE));
		if (content.length == 0) {
			throw InvalidInputException.of("file", "Choose a file");
		}
		String name = baseName(fileName);
		UploadCheck.Checked checked = uploads.check(name, content, UploadCheck.LETTERS);
		String by = Actors.require().username();
		Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
		return tx.execute(status -> {
			RecordFacts facts = log.facts(engagementId, Operation.UPDATE);
			EngagementMaterial material = new EngagementMaterial(engagementId, name, checked.mediaType(), content, by, now);
			materials.save(material);
			audit.record(new AuditEvent(AuditAction.CREATE, EngagementMaterial.RECORD_TYPE, material.getId().toString(),
					OidoRoles.COMPONENT, List.of("fileName", "content"), StakeholderDirectory.PURPOSE,
					"engagement " + engagementId + "; " + checked.mediaType()));
			return guard.release(view(material), material(facts, material), StakeholderDirectory.PURPOSE);
		});
	}

	/** The materials of an engagement, oldest first, read-audited. */
	public List<MaterialView> list(UUID engagementId) {
		return tx.execute(status -> {
			RecordFacts facts = log.facts(engagementId, Operation.READ);
			List<MaterialView> views = new ArrayList<>();
			Map<MaterialView, RecordFacts> of = new IdentityHashMap<>();
			for (EngagementMaterial material : materials.findByEngagementIdOrderByUploadedAt(engagementId)) {
				MaterialView view = view(material);
				views.add(view);
				of.put(view, material(facts, material));
			}
			return guard.releaseAll(views, of::get, StakeholderDirectory.PURPOSE);
		});
	}

	/** A material's content, read-audited. */
	public MaterialContent content(UUID engagementId, UUID materialId) {
		return tx.execute(status -> {
			RecordFacts facts = log.facts(engagementId, Operation.READ);
			EngagementMaterial material = materials.findById(materialId)
				.filter(m -> m.engagementId().equals(engagementId))
				.orElseThrow(() -> new RecordNotFoundException(EngagementMaterial.RECORD_TYPE, materialId));
			return guard.release(new MaterialContent(material.getId(), material.fileName(), material.mediaType(),
					material.content()), material(facts, material), StakeholderDirectory.PURPOSE);
		});
	}

	private static MaterialView view(EngagementMaterial m) {
		return new MaterialView(m.getId(), m.fileName(), m.mediaType(), m.sizeBytes(), m.uploadedBy(), m.uploadedAt());
	}

	/** A material is seen as its engagement is. */
	private static RecordFacts material(RecordFacts engagement, EngagementMaterial material) {
		return new RecordFacts(EngagementMaterial.RECORD_TYPE, material.getId().toString(), engagement.owningComponent(),
				engagement.ownerUsername(), engagement.assignees());
	}

	/** The name without any folder a browser may send, at most 255 characters. */
	private static String baseName(@Nullable String fileName) {
		String name = fileName == null ? "" : fileName.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1).strip();
		return name.isEmpty() ? "material" : name.length() > 255 ? name.substring(name.length() - 255) : name;
	}
}
