package org.sinosoviet.timeline.source;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.function.SingletonSupplier;

/**
 * Reads the bibliography; returns view records, never entities. The bibliography is read
 * once and kept: the data does not change while the app runs (a new dataset means a new
 * application context), and every timeline page's filter form lists it.
 */
@Service
@Transactional(readOnly = true)
public class SourceService {

	private final SourceRepository sources;

	private final SingletonSupplier<Map<String, SourceView>> byId;

	// @Lazy: see EventService's constructor.
	SourceService(@Lazy SourceRepository sources) {
		this.sources = sources;
		this.byId = SingletonSupplier.of(() -> {
			Map<String, SourceView> views = new LinkedHashMap<>();
			sources.findAllByOrderByPosition().forEach((source) -> views.put(source.getId(), SourceView.of(source)));
			return Collections.unmodifiableMap(views);
		});
	}

	/**
	 * Every source, grouped by type, each with the claims and events citing it.
	 * @return the sources
	 */
	public List<SourceView> sources() {
		return List.copyOf(this.byId.obtain().values());
	}

	/**
	 * The sources a filter form offers: the founding documents and those at least
	 * {@code minEvents} events cite, in bibliography order, plus any already chosen. Most
	 * sources back a single event, whose own page links it; a list of all 500 would bury
	 * the useful ones and weigh on every page.
	 * @param minEvents how many events a source must back to be offered
	 * @param chosen the ids already chosen
	 * @return the choices
	 */
	public List<SourceView> choices(int minEvents, Collection<String> chosen) {
		return this.byId.obtain()
			.values()
			.stream()
			.filter((source) -> source.founding() || source.events().size() >= minEvents
					|| chosen.contains(source.id()))
			.toList();
	}

	/**
	 * Some sources.
	 * @param ids their ids
	 * @return the sources that exist, in the order of the ids
	 */
	public List<SourceView> sources(Collection<String> ids) {
		Map<String, SourceView> all = this.byId.obtain();
		return ids.stream().map(all::get).filter(Objects::nonNull).toList();
	}

	public Optional<SourceView> source(String id) {
		return Optional.ofNullable(this.byId.obtain().get(id));
	}

	/**
	 * Every source id, for checking filters.
	 * @return the ids in bibliography order
	 */
	public List<String> ids() {
		return List.copyOf(this.byId.obtain().keySet());
	}

	/**
	 * How many sources there are.
	 * @return the count
	 */
	public long count() {
		return this.byId.obtain().size();
	}

}
