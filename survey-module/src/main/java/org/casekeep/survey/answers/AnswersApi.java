package org.casekeep.survey.answers;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/research/studies/{id}/invitations} invites the participants to the collecting wave, answering the
 * links once; {@code POST .../answers} keys in a paper or phone answer ({@code {"q-<question id>": ["value"]}}).
 * Both are refused with 409 naming the open gates while any is open.
 */
@RestController
@RequestMapping("/api/research/studies/{id}")
class AnswersApi {

	/** The invitation request: whether the study links its waves by pseudonymous id. */
	record InviteRequest(@Nullable Boolean linked) {
	}

	/** A keyed-in answer stored; how many the study holds. */
	record KeyedIn(long answers) {
	}

	private final InvitationDesk invitations;
	private final AnswerIntake intake;

	AnswersApi(InvitationDesk invitations, AnswerIntake intake) {
		this.invitations = invitations;
		this.intake = intake;
	}

	@PostMapping("/invitations")
	ResponseEntity<List<InvitationDesk.Sent>> invite(@PathVariable UUID id,
			@RequestBody(required = false) @Nullable InviteRequest request) {
		return ResponseEntity.status(201).body(invitations.invite(id, request != null && Boolean.TRUE.equals(request.linked())));
	}

	@PostMapping("/answers")
	ResponseEntity<KeyedIn> keyIn(@PathVariable UUID id, @RequestBody Map<String, List<String>> answers) {
		return ResponseEntity.status(201).body(new KeyedIn(intake.keyIn(id, answers)));
	}
}
