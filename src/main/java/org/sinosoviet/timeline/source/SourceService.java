package org.sinosoviet.timeline.source;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the bibliography; returns view records, never entities.
 */
@Service
@Transactional(readOnly = true)
public class SourceService {

	private final SourceRepository sources;

	SourceService(SourceRepository sources) {
		this.sources = sources;
	}

	/**
	 * Every source, grouped by type, each with the claims and events citing it.
	 * @return the sources
	 */
	public List<SourceView> sources() {
		return this.sources.findAllByOrderByPosition().stream().map(SourceView::of).toList();
	}

	/**
	 * Some sources, in one query.
	 * @param ids their ids
	 * @return the sources that exist, in the order of the ids
	 */
	public List<SourceView> sources(Collection<String> ids) {
		Map<String, Source> found = new HashMap<>();
		this.sources.findAllById(ids).forEach((source) -> found.put(source.getId(), source));
		return ids.stream().map(found::get).filter(Objects::nonNull).map(SourceView::of).toList();
	}

	public Optional<SourceView> source(String id) {
		return this.sources.findById(id).map(SourceView::of);
	}

	/**
	 * Every source id, for checking filters.
	 * @return the ids in bibliography order
	 */
	public List<String> ids() {
		return this.sources.findAllIds();
	}

	/**
	 * How many sources there are.
	 * @return the count
	 */
	public long count() {
		return this.sources.count();
	}

}
