package org.casekeep.survey.gates;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.casekeep.survey.studies.OpenGate;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/research/studies/{id}/gates} answers what still blocks the study; {@code POST .../waves} opens
 * collection, refused with 409 naming the open gates while any is; {@code POST .../waves/{n}/closure} closes one
 * ({@code {"finalWave": true}} for the last, which destroys the study's contact data).
 */
@RestController
@RequestMapping("/api/research/studies/{id}")
class GatesApi {

	private final StudyGates gates;
	private final CollectionDesk collection;

	GatesApi(StudyGates gates, CollectionDesk collection) {
		this.gates = gates;
		this.collection = collection;
	}

	@GetMapping("/gates")
	List<OpenGate> gates(@PathVariable UUID id) {
		return gates.openGates(id);
	}

	@GetMapping("/waves")
	List<CollectionDesk.WaveView> waves(@PathVariable UUID id) {
		return collection.waves(id);
	}

	/** What closing a wave says: whether it is the study's final one (then its contact data is destroyed). */
	record Closure(@org.jspecify.annotations.Nullable Boolean finalWave) {
	}

	@PostMapping("/waves/{number}/closure")
	CollectionDesk.WaveView close(@PathVariable UUID id, @PathVariable int number,
			@org.springframework.web.bind.annotation.RequestBody(required = false)
			@org.jspecify.annotations.Nullable Closure closure) {
		return collection.closeWave(id, number, closure != null && Boolean.TRUE.equals(closure.finalWave()));
	}

	@PostMapping("/waves")
	ResponseEntity<CollectionDesk.WaveView> open(@PathVariable UUID id) {
		CollectionDesk.WaveView wave = collection.openWave(id);
		return ResponseEntity.created(URI.create("/api/research/studies/" + id + "/waves")).body(wave);
	}
}
