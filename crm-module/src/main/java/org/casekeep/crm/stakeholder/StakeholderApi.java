package org.casekeep.crm.stakeholder;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.casekeep.kernel.validation.InvalidInputException;
import org.casekeep.kernel.web.Paging;
import org.casekeep.kernel.web.ResultPage;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The HTTP API every kind of stakeholder has (bearer token; errors are RFC 9457 problem documents): create, read,
 * correct, search and delete on request. A feature's API controller extends it under its own path and adds what only
 * its kind has.
 *
 * @param <D> the draft, @param <V> the view, @param <S> the view of a search result.
 */
public abstract class StakeholderApi<D, V extends StakeholderDirectory.View, S> {

	/** The response header of a search that says how many stakeholders were found in all pages. */
	public static final String TOTAL_COUNT = "X-Total-Count";

	private final StakeholderDirectory<D, V, S> directory;
	private final String path;
	private final IssueCatalog issues;

	/** @param path the API's path, as the subclass's {@code @RequestMapping} maps it. */
	protected StakeholderApi(StakeholderDirectory<D, V, S> directory, String path, IssueCatalog issues) {
		this.directory = directory;
		this.path = path;
		this.issues = issues;
	}

	@PostMapping
	public ResponseEntity<V> create(@RequestBody D draft) {
		V created = directory.create(draft);
		return ResponseEntity.created(URI.create(path + "/" + created.id())).body(created);
	}

	@GetMapping("/{id}")
	public V get(@PathVariable UUID id) {
		return directory.get(id);
	}

	@PutMapping("/{id}")
	public V update(@PathVariable UUID id, @RequestBody D draft) {
		return directory.update(id, draft);
	}

	/**
	 * One page of the stakeholders found ({@code page} from 1, {@code size} at most {@value Paging#MAX_SIZE}), sorted
	 * by {@code sort} (its key, e.g. {@code owner}); the body is the page's rows, the header
	 * {@value #TOTAL_COUNT} how many were found in all.
	 */
	@GetMapping
	public ResponseEntity<List<S>> search(@RequestParam(required = false) @Nullable String name,
			@RequestParam(required = false) @Nullable String issue,
			@RequestParam(required = false) @Nullable String state,
			@RequestParam(required = false) @Nullable String sort,
			@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size) {
		// Any issue, retired ones too: their stakeholders are still found until they are deleted (PIA 3.2).
		Issue searched = issue == null || issue.isBlank() ? null : issues.parse(issue)
			.orElseThrow(() -> InvalidInputException.of("issue", "Choose one of the issues' codes"));
		ResultPage<S> found = directory.search(StakeholderSearch.of(name, searched, state),
				StakeholderSort.parse(sort, directory.sorts()), Paging.of(page, size));
		return ResponseEntity.ok().header(TOTAL_COUNT, Long.toString(found.total())).body(found.items());
	}

	/** Deletes completely on request; {@code channel} says how the stakeholder asked (PIA 6.3). */
	@DeleteMapping("/{id}")
	public ResponseEntity<Void> delete(@PathVariable UUID id, @RequestParam RemovalChannel channel) {
		directory.delete(id, channel);
		return ResponseEntity.noContent().build();
	}
}
