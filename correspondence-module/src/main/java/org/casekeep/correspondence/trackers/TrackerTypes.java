package org.casekeep.correspondence.trackers;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.casekeep.kernel.access.RecordNotFoundException;
import org.casekeep.kernel.pii.RecordTypeContributor;
import org.casekeep.kernel.pii.RecordTypeDescriptor;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The tracker types, read once from {@code classpath*:trackers/*.yml}: one file a type. Contributes them to the
 * kernel's personal-data catalog, which from then on treats them as it treats annotated entities.
 */
final class TrackerTypes implements RecordTypeContributor {

	static final String LOCATION = "classpath*:trackers/*.yml";

	private static final JsonMapper BINDER = JsonMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.build();

	private final Map<String, TrackerType> byCode;

	TrackerTypes(Collection<TrackerType> types) {
		Map<String, TrackerType> map = new LinkedHashMap<>();
		types.stream().sorted(Comparator.comparing(TrackerType::name)).forEach(type -> {
			if (map.put(type.code(), type.checked()) != null) {
				throw new IllegalStateException("Tracker type " + type.code() + " is declared twice");
			}
		});
		this.byCode = java.util.Collections.unmodifiableMap(map);
	}

	/** Reads every declaration on the class path. */
	static TrackerTypes load() {
		List<TrackerType> types = new ArrayList<>();
		try {
			for (Resource resource : new PathMatchingResourcePatternResolver().getResources(LOCATION)) {
				types.add(parse(resource));
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read the tracker types at " + LOCATION, ex);
		}
		return new TrackerTypes(types);
	}

	static TrackerType parse(Resource resource) {
		try (InputStream in = resource.getInputStream()) {
			Object tree = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
			return BINDER.convertValue(tree, TrackerType.class);
		}
		catch (IOException | RuntimeException ex) {
			throw new IllegalStateException("Tracker type " + resource.getFilename() + " cannot be read: "
					+ ex.getMessage(), ex);
		}
	}

	List<TrackerType> all() {
		return List.copyOf(byCode.values());
	}

	Optional<TrackerType> find(String code) {
		return Optional.ofNullable(byCode.get(code));
	}

	/** The type of that code; an unknown one is a 404 like an unknown record. */
	TrackerType require(String code) {
		return find(code).orElseThrow(() -> new RecordNotFoundException("correspondence.tracker", code));
	}

	@Override
	public List<RecordTypeDescriptor> recordTypes() {
		return byCode.values().stream().map(TrackerType::descriptor).toList();
	}
}
